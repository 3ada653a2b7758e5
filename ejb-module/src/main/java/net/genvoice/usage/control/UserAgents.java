package net.genvoice.usage.control;

import java.util.Locale;

/**
 * P04: the browser family and the device type a User-Agent header names. Only these two words are
 * kept, never the header itself, which is detailed enough to fingerprint a device.
 */
public final class UserAgents {

  /** What is kept of a User-Agent. */
  public record Device(String browser, String deviceType) {}

  private UserAgents() {}

  public static Device of(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return new Device("unknown", "unknown");
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    return new Device(browser(ua), deviceType(ua));
  }

  private static String browser(String ua) {
    if (ua.contains("edg/") || ua.contains("edge/")) {
      return "edge";
    }
    if (ua.contains("opr/") || ua.contains("opera")) {
      return "opera";
    }
    if (ua.contains("firefox/") || ua.contains("fxios/")) {
      return "firefox";
    }
    if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
      return "chrome";
    }
    if (ua.contains("safari/")) {
      return "safari";
    }
    if (ua.startsWith("curl/") || ua.startsWith("wget/") || ua.startsWith("wrk")) {
      return "command-line";
    }
    if (ua.startsWith("java-http-client") || ua.startsWith("okhttp") || ua.contains("python")) {
      return "http-library";
    }
    return "other";
  }

  private static String deviceType(String ua) {
    if (ua.contains("bot") || ua.contains("crawler") || ua.contains("spider")) {
      return "bot";
    }
    if (ua.contains("ipad")
        || ua.contains("tablet")
        || (ua.contains("android") && !ua.contains("mobile"))) {
      return "tablet";
    }
    if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("android")) {
      return "mobile";
    }
    if (ua.contains("windows")
        || ua.contains("macintosh")
        || ua.contains("x11")
        || ua.contains("linux")
        || ua.contains("cros")) {
      return "desktop";
    }
    return "other";
  }
}
