package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** My account in headless Chromium: profile, email, payment methods and seats (P01, P03). */
class AccountPagesIT {

  private static final String MY_ACCOUNT = "/account/index.xhtml";

  private PortalBrowser browser;
  private String email;

  @BeforeEach
  void signUp() {
    browser = new PortalBrowser();
    email = PortalBrowser.uniqueEmail("account");
    browser.signUpWithCard(email, "4111 1111 1111 1111");
    assertEquals(MY_ACCOUNT, browser.path());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void correctsTheProfileName() {
    browser.type("profile:name", "Ada King");
    browser.submit(By.id("profile:submit"));

    assertEquals(MY_ACCOUNT + "?saved=profile", browser.path());
    assertTrue(profile().contains("Ada King"), profile());
    assertFalse(profile().contains("Ada Lovelace"), profile());
  }

  @Test
  void emailChangeWithoutTheCurrentPasswordIsRefusedBesideThatField() {
    String newEmail = PortalBrowser.uniqueEmail("changed");
    browser.type("emailChange:email", newEmail);
    browser.submit(By.id("emailChange:submit"));

    assertEquals(MY_ACCOUNT, browser.path());
    var password = browser.driver.findElement(By.id("emailChange:currentPassword"));
    assertEquals("true", password.getAttribute("aria-invalid"));
    assertTrue(
        browser.messageBeside("emailChange:currentPassword").contains("current password"),
        browser.messageBeside("emailChange:currentPassword"));
    assertTrue(profile().contains(email), "nothing changed: " + profile());
    // nothing was written: the new address does not sign in, the old one does
    browser.forgetCookies();
    browser.signIn(newEmail, PortalBrowser.PASSWORD, false);
    assertEquals("/login.xhtml", browser.path());
    browser.signIn(email, PortalBrowser.PASSWORD, false);
    assertEquals(MY_ACCOUNT, browser.path());
  }

  @Test
  void addsAPayPalAccountAndMakesItTheDefault() {
    browser.driver.findElement(By.id("addPaymentMethod:paymentMethod:type:1")).click();
    browser.type("addPaymentMethod:paymentMethod:email", "ada.pays@example.com");
    browser.submit(By.id("addPaymentMethod:submit"));

    assertEquals(MY_ACCOUNT + "?saved=payment-method-added", browser.path());
    assertEquals(
        List.of("Visa ending 1111, expires 12/2030 (default)", "PayPal a***@example.com"), rows());

    browser.submit(By.cssSelector("[aria-label='Make PayPal a***@example.com the default']"));

    assertEquals(MY_ACCOUNT + "?saved=payment-method-default", browser.path());
    assertEquals(
        List.of("Visa ending 1111, expires 12/2030", "PayPal a***@example.com (default)"), rows());
  }

  @Test
  void addsASeatThenRemovesIt() {
    String seatEmail = PortalBrowser.uniqueEmail("seat");
    browser.type("addSeat:name", "Bob Byron");
    browser.type("addSeat:email", seatEmail);
    browser.type("addSeat:phone", "+1 415 555 0111");
    browser.type("addSeat:password", "violet harbour engine 77");
    browser.submit(By.id("addSeat:submit"));

    assertEquals(MY_ACCOUNT + "?saved=seat-added", browser.path());
    assertTrue(rows().stream().anyMatch(row -> row.contains(seatEmail)), rows().toString());

    browser.submit(By.cssSelector("[aria-label='Remove the seat of Bob Byron']"));

    assertEquals(MY_ACCOUNT + "?saved=seat-removed", browser.path());
    assertFalse(rows().stream().anyMatch(row -> row.contains(seatEmail)), rows().toString());
    // the holder's account is closed
    browser.forgetCookies();
    browser.signIn(seatEmail, "violet harbour engine 77", false);
    assertEquals("/login.xhtml", browser.path());
  }

  @Test
  void aCustomerIsForbiddenTheStaffArea() {
    assertEquals(403, browser.status("/staff/area/index.xhtml"));
    assertEquals(403, browser.status("/staff/area/admin/staff.xhtml"));
  }

  private String profile() {
    return browser.driver.findElement(By.cssSelector("dl.profile")).getText();
  }

  private List<String> rows() {
    return browser.driver.findElements(By.cssSelector("ul.rows .row-text")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
