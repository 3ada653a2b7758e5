package net.genvoice.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private final Map<String, String> headers = new HashMap<>();

  @Test
  void pagesGetTheBrowserProtections() throws Exception {
    runFilter(request("/index.xhtml", false));

    assertEquals(
        SecurityHeadersFilter.CONTENT_SECURITY_POLICY, headers.get("Content-Security-Policy"));
    assertFalse(headers.get("Content-Security-Policy").contains("unsafe-inline"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("no-referrer", headers.get("Referrer-Policy"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
    assertTrue(headers.get("Permissions-Policy").contains("camera=()"));
    assertFalse(headers.containsKey("Cache-Control"));
    assertFalse(headers.containsKey("Strict-Transport-Security"));
  }

  @Test
  void apiAnswersAreNeverStored() throws Exception {
    runFilter(request("/api/v1/version", false));

    assertEquals("no-store", headers.get("Cache-Control"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
  }

  @Test
  void onlyTheApiPathCounts() throws Exception {
    runFilter(request("/apiary.xhtml", false));
    assertFalse(headers.containsKey("Cache-Control"));
  }

  @Test
  void tlsRequestsGetStrictTransportSecurity() throws Exception {
    runFilter(request("/", true));
    assertEquals(
        SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY, headers.get("Strict-Transport-Security"));
  }

  private void runFilter(HttpServletRequest request) throws Exception {
    boolean[] passedOn = {false};
    new SecurityHeadersFilter().doFilter(request, response(), (req, res) -> passedOn[0] = true);
    assertTrue(passedOn[0], "the filter must pass the request on");
  }

  private static HttpServletRequest request(String path, boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "isSecure" -> secure;
                  default ->
                      throw new AssertionError(
                          "the test did not expect a call of " + method.getName());
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setHeader")) {
                headers.put((String) args[0], (String) args[1]);
                return null;
              }
              throw new AssertionError("the test did not expect a call of " + method.getName());
            });
  }
}
