package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The customer portal in headless Chromium: sign-up (P03), sign-in, remember me (P27), P28, and a
 * forged form post (CSRF) refused.
 */
class PortalIT {

  private static final String REMEMBER_ME = "genvoice_remember";

  private PortalBrowser browser;

  private static String encoded(String pair) {
    int equals = pair.indexOf('=');
    return URLEncoder.encode(pair.substring(0, equals), StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(browser.baseUrl + path)).build();
  }

  @BeforeEach
  void openBrowser() {
    browser = new PortalBrowser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void signUpWithVisaLandsOnMyAccount() {
    browser.signUpWithCard(PortalBrowser.uniqueEmail("visa"), "4111 1111 1111 1111");

    assertEquals("/account/index.xhtml", browser.path());
    String page = browser.driver.findElement(By.id("main")).getText();
    assertTrue(page.contains("Visa"), page);
    assertTrue(page.contains("1111"), page);
    assertFalse(browser.driver.getPageSource().contains("4111 1111 1111 1111"));
  }

  @Test
  void discoverCardIsRefusedBesideTheFieldAndNeverShownBack() {
    String email = PortalBrowser.uniqueEmail("discover");
    browser.signUpWithCard(email, "6011 1111 1111 1117");

    assertEquals("/signup.xhtml", browser.path());
    var number = browser.driver.findElement(By.id("signup:paymentMethod:number"));
    assertEquals("true", number.getAttribute("aria-invalid"));
    String messageId = number.getAttribute("aria-describedby");
    assertEquals("signup:paymentMethod:number-message", messageId);
    assertTrue(
        browser.driver.findElement(By.id(messageId)).getText().contains("Visa, MasterCard"),
        "the refusal sits beside the card number");
    assertEquals("", number.getAttribute("value"));
    assertFalse(browser.driver.getPageSource().contains("6011"), "P03: no card digits echoed");
    // nothing was written: the email cannot sign in
    browser.forgetCookies();
    browser.signIn(email, PortalBrowser.PASSWORD, false);
    assertEquals("/login.xhtml", browser.path());
  }

  @Test
  void signInWithoutRememberMeKeepsOnlyABrowserSessionCookie() {
    String email = PortalBrowser.uniqueEmail("session");
    browser.signUpWithCard(email, "4111 1111 1111 1111");
    browser.forgetCookies();

    browser.signIn(email, PortalBrowser.PASSWORD, false);

    assertEquals("/account/index.xhtml", browser.path());
    assertNull(browser.driver.manage().getCookieNamed(REMEMBER_ME), "P27: not ticked, no cookie");
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    assertNotNull(session);
    assertNull(session.getExpiry(), "P28: the session cookie ends with the browser");
    assertTrue(session.isHttpOnly());
    assertEquals("Lax", session.getSameSite(), "the session cookie is SameSite=Lax");
  }

  @Test
  void rememberMeSetsAnOpaqueTokenThatSignOutDeletes() {
    String email = PortalBrowser.uniqueEmail("remember");
    browser.signUpWithCard(email, "4111 1111 1111 1111");
    browser.forgetCookies();

    browser.signIn(email, PortalBrowser.PASSWORD, true);

    Cookie remembered = browser.driver.manage().getCookieNamed(REMEMBER_ME);
    assertNotNull(remembered, "P27: ticked, remembered");
    assertTrue(remembered.isHttpOnly());
    assertEquals("Lax", remembered.getSameSite());
    assertFalse(remembered.getValue().contains(PortalBrowser.PASSWORD));
    assertFalse(remembered.getValue().contains("horse"));
    assertFalse(remembered.getValue().contains(email));

    // the token alone signs the customer in again, as after reopening the browser
    browser.driver.manage().deleteCookieNamed("JSESSIONID");
    browser.open("/account/index.xhtml");
    assertEquals("/account/index.xhtml", browser.path());

    browser.signOut();
    assertNull(browser.driver.manage().getCookieNamed(REMEMBER_ME), "sign-out deletes it");
    browser.open("/account/index.xhtml");
    assertTrue(browser.path().startsWith("/login.xhtml"));
  }

  @Test
  void aFormPostWithAForgedViewStateIsRefusedWith400AndNothingWritten() throws Exception {
    String email = PortalBrowser.uniqueEmail("forged");
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    client.send(get("/signup.xhtml"), HttpResponse.BodyHandlers.discarding());
    String form =
        Stream.of(
                "signup=signup",
                "signup:name=Ada Lovelace",
                "signup:email=" + email,
                "signup:phone=+1 415 555 0100",
                "signup:password=" + PortalBrowser.PASSWORD,
                "signup:address:line1=1 Main Street",
                "signup:address:city=Springfield",
                "signup:address:postalCode=62701",
                "signup:address:country=US",
                "signup:paymentMethod:type=card",
                "signup:paymentMethod:number=4111111111111111",
                "signup:paymentMethod:expiryMonth=12",
                "signup:paymentMethod:expiryYear=2030",
                "signup:paymentMethod:cvv=123",
                "signup:submit=Sign up",
                "jakarta.faces.ViewState=-1234567890123456789:987654321")
            .map(PortalIT::encoded)
            .collect(Collectors.joining("&"));

    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(browser.baseUrl + "/signup.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(400, answer.statusCode());
    assertTrue(answer.body().contains("This form has expired"), answer.body());
    assertTrue(answer.body().contains("Nothing was changed"), answer.body());
    browser.signIn(email, PortalBrowser.PASSWORD, false);
    assertEquals("/login.xhtml", browser.path(), "nothing was written: no such account");
  }

  @Test
  void anonymousMyAccountRedirectsToSignIn() {
    browser.open("/account/index.xhtml");

    assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    assertTrue(
        browser.driver.findElement(By.id("login:rememberMe")).getAttribute("checked") == null);
  }
}
