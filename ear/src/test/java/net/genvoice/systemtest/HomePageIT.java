package net.genvoice.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** The portal's home page in real Chromium. */
@ExtendWith(Browser.class)
class HomePageIT {

  @Test
  void showsGenVoiceAndSetsNoCookieButTheSession(WebDriver browser) {
    browser.get(SystemUnderTest.baseUrl() + "/");

    assertTrue(
        browser.getTitle().contains("GenVoice"),
        () -> "title was '" + browser.getTitle() + "' at " + browser.getCurrentUrl());
    Set<String> others =
        browser.manage().getCookies().stream()
            .map(Cookie::getName)
            .filter(name -> !name.equals("JSESSIONID"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(), others, "cookies other than the session cookie");
  }
}
