package net.genvoice.web.cookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import org.junit.jupiter.api.Test;

/** P06: the plain cookie form, where it may send the visitor back to, and who may post it. */
class CookieFormTest {

  @Test
  void readsTheButtonAndTheTickedCategories() {
    assertEquals(Optional.of(CookieChoice.ALL), CookieForm.choiceOf("accept-all", null));
    assertEquals(
        Optional.of(CookieChoice.NONE),
        CookieForm.choiceOf("refuse-all", new String[] {"analytics"}));
    assertEquals(
        Optional.of(CookieChoice.of(CookieCategory.ANALYTICS, CookieCategory.BEACONS)),
        CookieForm.choiceOf("save", new String[] {"analytics", "beacons"}));
    assertEquals(Optional.of(CookieChoice.NONE), CookieForm.choiceOf("save", null));
  }

  @Test
  void anUnknownButtonOrCategoryChangesNothing() {
    assertEquals(Optional.empty(), CookieForm.choiceOf(null, null));
    assertEquals(Optional.empty(), CookieForm.choiceOf("accept-some", null));
    assertEquals(
        Optional.empty(), CookieForm.choiceOf("save", new String[] {"analytics", "tracking"}));
  }

  @Test
  void returnsOnlyToAPathOfThisPortal() {
    assertEquals("/account/index.xhtml", ReturnPaths.safe("/account/index.xhtml"));
    assertEquals("/cookies.xhtml?saved=true", ReturnPaths.safe("/cookies.xhtml?saved=true"));
    assertEquals("/", ReturnPaths.safe("/"));
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/",
          "/\\evil.example",
          "javascript:alert(1)",
          "/x\r\nSet-Cookie: a=b",
          "/<script>"
        }) {
      assertEquals(ReturnPaths.DEFAULT, ReturnPaths.safe(elsewhere), String.valueOf(elsewhere));
    }
  }

  @Test
  void onlyOurOwnPagesMayPostTheForm() {
    assertTrue(SameOrigin.allows(request("same-origin", null)));
    assertFalse(SameOrigin.allows(request("cross-site", null)));
    assertFalse(SameOrigin.allows(request("same-site", null)));
    assertTrue(SameOrigin.allows(request(null, "http://127.0.0.1:8080")));
    assertFalse(SameOrigin.allows(request(null, "https://evil.example")));
    assertFalse(SameOrigin.allows(request(null, "null")));
    assertTrue(SameOrigin.allows(request(null, null)), "no browser sent it");
  }

  private static jakarta.servlet.http.HttpServletRequest request(String site, String origin) {
    return (jakarta.servlet.http.HttpServletRequest)
        java.lang.reflect.Proxy.newProxyInstance(
            jakarta.servlet.http.HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeader" ->
                      switch ((String) args[0]) {
                        case "Sec-Fetch-Site" -> site;
                        case "Origin" -> origin;
                        case "Host" -> "127.0.0.1:8080";
                        default -> null;
                      };
                  case "getScheme" -> "http";
                  default ->
                      throw new AssertionError(
                          "the test did not expect a call of " + method.getName());
                });
  }
}
