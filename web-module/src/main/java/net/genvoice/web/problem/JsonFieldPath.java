package net.genvoice.web.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns the property path of a violated constraint into the JSON path a client sent: {@code
 * signUp.request.address.city} (method, parameter, properties) becomes {@code address.city}.
 */
public final class JsonFieldPath {

  private JsonFieldPath() {}

  public static String of(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
        parameter = node.getName();
        continue;
      }
      appendIndex(field, node);
      if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    if (field.isEmpty()) {
      // a constraint on a whole parameter (e.g. a @NotNull body): name the parameter itself
      return parameter == null ? "" : parameter;
    }
    return field.toString();
  }

  private static void appendIndex(StringBuilder field, Path.Node node) {
    if (!node.isInIterable()) {
      return;
    }
    if (node.getIndex() != null) {
      field.append('[').append(node.getIndex()).append(']');
    } else if (node.getKey() != null) {
      field.append('[').append(node.getKey()).append(']');
    }
  }
}
