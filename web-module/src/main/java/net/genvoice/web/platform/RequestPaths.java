package net.genvoice.web.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes inside this application, and what kind of thing it asks for. */
public final class RequestPaths {

  private RequestPaths() {}

  /** The path below the context root, e.g. {@code /account/index.xhtml}. */
  public static String of(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * Stylesheets, images and scripts, and the server's own health, metrics and OpenAPI endpoints: no
   * page or feature of their own.
   */
  public static boolean isStatic(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.equals("/favicon.ico")
        || isAtOrBelow(path, "/health")
        || isAtOrBelow(path, "/metrics")
        || isAtOrBelow(path, "/openapi");
  }

  public static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** True when the path is {@code prefix} or lies below it. */
  public static boolean isAtOrBelow(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
