package net.genvoice.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** P04: only the browser family and the device type are kept of a User-Agent. */
class UserAgentsTest {

  @Test
  void namesTheBrowserAndTheDeviceType() {
    assertEquals(
        new UserAgents.Device("chrome", "desktop"),
        UserAgents.of(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/139.0.0.0 Safari/537.36"));
    assertEquals(
        new UserAgents.Device("safari", "mobile"),
        UserAgents.of(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
                + " like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    assertEquals(
        new UserAgents.Device("firefox", "desktop"),
        UserAgents.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"));
    assertEquals(
        new UserAgents.Device("edge", "desktop"),
        UserAgents.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"));
    assertEquals(
        new UserAgents.Device("chrome", "tablet"),
        UserAgents.of(
            "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/126.0.0.0 Safari/537.36"));
    assertEquals(
        new UserAgents.Device("other", "bot"),
        UserAgents.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
    assertEquals(new UserAgents.Device("command-line", "other"), UserAgents.of("curl/8.5.0"));
    assertEquals(
        new UserAgents.Device("http-library", "other"), UserAgents.of("Java-http-client/17.0.15"));
    assertEquals(new UserAgents.Device("unknown", "unknown"), UserAgents.of(null));
    assertEquals(new UserAgents.Device("unknown", "unknown"), UserAgents.of("  "));
  }
}
