package net.genvoice.systemtest;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the system under test is: the settings the build passes to failsafe as system properties. A
 * missing setting fails the test at once; it never turns into a skipped test.
 */
public final class SystemUnderTest {

  private SystemUnderTest() {}

  /** The server's base URL, without a trailing slash, e.g. {@code http://127.0.0.1:18080}. */
  public static String baseUrl() {
    String url = setting("genvoice.baseUrl");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The absolute URI of a path on the server, e.g. {@code uri("/health/ready")}. */
  public static URI uri(String path) {
    return URI.create(baseUrl() + (path.startsWith("/") ? path : "/" + path));
  }

  public static Path serverLog() {
    return Path.of(setting("genvoice.serverLog"));
  }

  public static Path path(String property) {
    return Path.of(setting(property));
  }

  /** A required setting: fails with a message naming the property when the build did not set it. */
  public static String setting(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property "
              + property
              + " is not set: run the system tests through Maven (`mvn -B verify`), which starts"
              + " the server and passes its settings to failsafe");
    }
    return value;
  }
}
