package net.genvoice.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldPathTest {

  @Test
  void dropsMethodAndParameterOfAResourceMethod() {
    Path path =
        path(
            node(ElementKind.METHOD, "signUp"),
            node(ElementKind.PARAMETER, "arg0"),
            node(ElementKind.PROPERTY, "email"));
    assertEquals("email", JsonFieldPath.of(path));
  }

  @Test
  void keepsNestedProperties() {
    Path path =
        path(
            node(ElementKind.METHOD, "signUp"),
            node(ElementKind.PARAMETER, "request"),
            node(ElementKind.PROPERTY, "address"),
            node(ElementKind.PROPERTY, "city"));
    assertEquals("address.city", JsonFieldPath.of(path));
  }

  @Test
  void showsListIndexes() {
    Path path =
        path(
            node(ElementKind.METHOD, "update"),
            node(ElementKind.PARAMETER, "request"),
            node(ElementKind.PROPERTY, "phones"),
            indexed(ElementKind.PROPERTY, "number", 2));
    assertEquals("phones[2].number", JsonFieldPath.of(path));
  }

  @Test
  void namesTheParameterWhenTheWholeParameterIsRefused() {
    Path path = path(node(ElementKind.METHOD, "signUp"), node(ElementKind.PARAMETER, "request"));
    assertEquals("request", JsonFieldPath.of(path));
  }

  @Test
  void plainBeanPathIsKept() {
    assertEquals("email", JsonFieldPath.of(path(node(ElementKind.PROPERTY, "email"))));
  }

  @Test
  void returnValueIsRecognised() {
    Path path = path(node(ElementKind.METHOD, "find"), node(ElementKind.RETURN_VALUE, null));
    assertEquals(true, ConstraintViolationMapper.isReturnValue(path));
    assertEquals(
        false, ConstraintViolationMapper.isReturnValue(path(node(ElementKind.PROPERTY, "x"))));
  }

  static Path path(Path.Node... nodes) {
    List<Path.Node> list = new ArrayList<>(List.of(nodes));
    return list::iterator;
  }

  static Path.Node node(ElementKind kind, String name) {
    return fakeNode(kind, name, null);
  }

  static Path.Node indexed(ElementKind kind, String name, int index) {
    return fakeNode(kind, name, index);
  }

  private static Path.Node fakeNode(ElementKind kind, String name, Integer index) {
    return (Path.Node)
        Proxy.newProxyInstance(
            Path.Node.class.getClassLoader(),
            new Class<?>[] {Path.Node.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getKind" -> kind;
                  case "getName" -> name;
                  case "getIndex" -> index;
                  case "getKey" -> null;
                  case "isInIterable" -> index != null;
                  case "toString" -> String.valueOf(name);
                  default ->
                      throw new AssertionError(
                          "the test did not expect a call of " + method.getName());
                });
  }
}
