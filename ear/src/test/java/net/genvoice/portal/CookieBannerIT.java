package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.systemtest.ConsentRows;
import net.genvoice.systemtest.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * P06, P25 in headless Chromium: before a choice only essential cookies exist; refusing analytics
 * leaves no analytics cookie however many pages follow, accepting sets it; a signed-in customer's
 * choice is recorded as consent events and wins at the next sign-in; recommendations need
 * personalisation and say so.
 */
class CookieBannerIT {

  private static final String CHOICE = "genvoice_cookies";
  private static final String VISITOR = "genvoice_visitor";
  private static final Set<String> ESSENTIAL = Set.of("JSESSIONID", "genvoice_remember", CHOICE);
  private static final List<String> PAGES =
      List.of("/", "/privacy.xhtml", "/signup.xhtml", "/login.xhtml", "/cookies.xhtml", "/");

  private PortalBrowser browser;

  @BeforeEach
  void openBrowser() {
    browser = new PortalBrowser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aFirstVisitSetsNoNonEssentialCookieBeforeAChoice() {
    for (String page : PAGES) {
      browser.open(page);
      if (!page.equals("/cookies.xhtml")) {
        assertTrue(banner(), "the banner asks on " + page);
      }
      assertTrue(
          browser.driver.findElements(By.tagName("script")).isEmpty(), "no script on " + page);
      assertEquals(Set.of(), nonEssentialCookies(), "before a choice, on " + page);
      assertNull(cookie(CHOICE), "no choice made yet");
    }
    browser.open("/cookies.xhtml");
    assertTrue(text("cookie-not-chosen").contains("only essential cookies"));
    for (String category : List.of("analytics", "personalisation", "beacons")) {
      assertEquals("Refused", text("cookie-state-" + category));
    }
  }

  @Test
  void refusingAnalyticsLeavesNoAnalyticsCookieAfterBrowsingSeveralPages() {
    browser.open("/privacy.xhtml");
    browser.submit(By.id("cookie-banner-refuse-all"));

    assertEquals("/privacy.xhtml", browser.path(), "back where the visitor was");
    assertFalse(banner(), "asked once");
    assertTrue(cookie(CHOICE).getValue().endsWith(".none"), cookie(CHOICE).getValue());
    assertTrue(cookie(CHOICE).isHttpOnly());
    for (String page : PAGES) {
      browser.open(page);
      assertFalse(banner(), "not asked again on " + page);
      assertEquals(Set.of(), nonEssentialCookies(), "after refusing, on " + page);
    }
    browser.open("/cookies.xhtml");
    assertEquals("Refused", text("cookie-state-analytics"));
  }

  @Test
  void acceptingSetsTheAnalyticsCookieAndRefusingItLaterDeletesIt() {
    browser.open("/");
    browser.submit(By.id("cookie-banner-accept-all"));
    browser.open("/privacy.xhtml");

    Cookie visitor = cookie(VISITOR);
    assertNotNull(visitor, "P06: analytics consent, analytics cookie");
    assertTrue(visitor.isHttpOnly());
    assertEquals("Lax", visitor.getSameSite());
    browser.open("/signup.xhtml");
    assertEquals(visitor.getValue(), cookie(VISITOR).getValue(), "the same visitor across pages");

    browser.open("/cookies.xhtml");
    assertEquals("Allowed", text("cookie-state-analytics"));
    browser.driver.findElement(By.id("cookie-preferences-analytics")).click();
    browser.submit(By.id("cookie-preferences-save"));

    assertEquals("/cookies.xhtml?saved=true", browser.path());
    assertTrue(text("cookie-choice-saved").contains("saved"));
    assertEquals("Refused", text("cookie-state-analytics"));
    assertEquals("Allowed", text("cookie-state-personalisation"));
    assertNull(cookie(VISITOR), "withdrawn at once: the cookie is deleted");
    for (String page : PAGES) {
      browser.open(page);
      assertNull(cookie(VISITOR), "not set again on " + page);
    }
  }

  @Test
  void theBannerTakesAChoicePerCategory() {
    browser.open("/login.xhtml");
    browser.driver.findElement(By.id("cookie-banner-personalisation")).click();
    browser.submit(By.id("cookie-banner-save"));

    assertEquals("/login.xhtml", browser.path());
    browser.open("/cookies.xhtml");
    assertEquals("Refused", text("cookie-state-analytics"));
    assertEquals("Allowed", text("cookie-state-personalisation"));
    assertEquals("Refused", text("cookie-state-beacons"));
    browser.open("/");
    assertNull(cookie(VISITOR));
  }

  @Test
  void aSignedInCustomersChoiceIsRecordedAsConsentAndWinsAtTheNextSignIn() throws SQLException {
    String email = PortalBrowser.uniqueEmail("cookies");
    browser.signUpWithCard(email, "4111 1111 1111 1111");
    assertTrue(banner(), "a customer who never chose is asked");
    browser.submit(By.id("cookie-banner-accept-all"));

    String customer = customerId(email);
    List<String> events = cookieEvents(customer);
    assertEquals(
        List.of(
            "COOKIES_ANALYTICS true WEB",
            "COOKIES_PERSONALISATION true WEB",
            "COOKIES_BEACONS true WEB"),
        events);

    browser.signOut();
    browser.forgetCookies();
    browser.open("/");
    browser.submit(By.id("cookie-banner-refuse-all"));
    assertEquals(cookieEvents(customer), events, "an anonymous choice is not the customer's");
    browser.signIn(email, PortalBrowser.PASSWORD, false);

    assertEquals("/account/index.xhtml", browser.path());
    assertFalse(banner(), "the recorded choice holds");
    browser.open("/privacy.xhtml");
    assertTrue(cookie(CHOICE).getValue().endsWith(".analytics.personalisation.beacons"));
    assertNotNull(cookie(VISITOR), "the recorded consent to analytics won over the browser's");
  }

  @Test
  void recommendationsNeedPersonalisationAndSaySoWithoutBreakingTheHomePage()
      throws InterruptedException {
    browser.signUpWithCard(PortalBrowser.uniqueEmail("recommend"), "4111 1111 1111 1111");
    browser.open("/");
    browser.submit(By.id("cookie-banner-refuse-all"));

    String explanation = text("recommendations-need-consent");
    assertTrue(explanation.contains("personalisation cookies"), explanation);
    assertEquals(
        browser.baseUrl + "/cookies.xhtml",
        browser
            .driver
            .findElement(By.cssSelector("#recommendations-need-consent a"))
            .getAttribute("href"));
    assertTrue(text("main").contains("What we do with your data"), "the rest of the page works");

    browser.open("/cookies.xhtml");
    browser.driver.findElement(By.id("cookie-preferences-personalisation")).click();
    browser.submit(By.id("cookie-preferences-save"));
    for (int i = 0; i < 3; i++) {
      browser.open("/privacy.xhtml");
    }

    // usage is written asynchronously: wait until all three visits show
    String expected = "Privacy policy (3 times lately)";
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String mostUsed = "";
    while (!mostUsed.contains(expected) && Instant.now().isBefore(deadline)) {
      browser.open("/");
      mostUsed =
          browser.driver.findElements(By.id("most-used")).stream()
              .map(element -> element.getText())
              .findFirst()
              .orElse("");
      if (!mostUsed.contains(expected)) {
        Thread.sleep(500);
      }
    }
    assertTrue(mostUsed.contains(expected), mostUsed);
    assertTrue(browser.driver.findElements(By.id("recommendations-need-consent")).isEmpty());
  }

  @Test
  void theFormWorksWithoutJavaScriptAndOnlyFromOurOwnPages() throws Exception {
    HttpClient plain = HttpClient.newHttpClient(); // no script engine at all
    HttpResponse<String> refused = postChoice(plain, "refuse-all", "same-origin");

    assertEquals(303, refused.statusCode());
    assertEquals("/privacy.xhtml", refused.headers().firstValue("Location").orElse(""));
    assertTrue(
        refused.headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith(CHOICE + "=2026-11-01.none;")),
        refused.headers().toString());
    for (HttpResponse<String> forged :
        List.of(postChoice(plain, "accept-all", "cross-site"), postChoice(plain, "all", null))) {
      assertTrue(forged.statusCode() == 403 || forged.statusCode() == 400, forged.toString());
      assertTrue(forged.headers().allValues("Set-Cookie").isEmpty(), "nothing set");
    }
    HttpResponse<String> page =
        plain.send(
            HttpRequest.newBuilder(URI.create(browser.baseUrl + "/cookies.xhtml"))
                .header("Sec-GPC", "1")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(page.body().contains("id=\"gpc-honoured\""), "P24: the signal is shown as honoured");
  }

  private HttpResponse<String> postChoice(HttpClient client, String choice, String site)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(browser.baseUrl + "/cookies/choice"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString("choice=" + choice + "&return=/privacy.xhtml"));
    if (site != null) {
      request.header("Sec-Fetch-Site", site);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private boolean banner() {
    return !browser.driver.findElements(By.id("cookie-banner")).isEmpty();
  }

  private String text(String id) {
    return browser.driver.findElement(By.id(id)).getText();
  }

  private Cookie cookie(String name) {
    return browser.driver.manage().getCookieNamed(name);
  }

  private Set<String> nonEssentialCookies() {
    return browser.driver.manage().getCookies().stream()
        .map(Cookie::getName)
        .filter(name -> !ESSENTIAL.contains(name))
        .collect(Collectors.toSet());
  }

  private static String customerId(String email) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT id FROM customer WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "signed up: " + email);
        return row.getString(1);
      }
    }
  }

  private static List<String> cookieEvents(String customer) throws SQLException {
    return ConsentRows.of(customer).stream().filter(event -> event.startsWith("COOKIES_")).toList();
  }
}
