package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * P12, P17 in headless Chromium: a customer gives and withdraws a consent on My consents, sees both
 * events in the history and downloads a receipt; a support agent finds the customer and records a
 * verbal consent, which the customer then sees with its channel; a refused record shows its message
 * beside the field and writes nothing.
 */
class ConsentPagesIT {

  private static final String MY_CONSENTS = "/account/consents.xhtml";
  private static final String SUPPORT = "/staff/area/support/consents.xhtml";

  private PortalBrowser customer;
  private PortalBrowser staff;
  private String email;

  @BeforeEach
  void signUp() {
    customer = new PortalBrowser();
    email = PortalBrowser.uniqueEmail("consents");
    customer.signUpWithCard(email, "4111 1111 1111 1111");
    assertEquals("/account/index.xhtml", customer.path());
  }

  @AfterEach
  void closeBrowsers() {
    customer.close();
    if (staff != null) {
      staff.close();
    }
  }

  @Test
  void aCustomerGivesThenWithdrawsAConsentSeesBothEventsAndDownloadsTheReceipt()
      throws IOException, SQLException {
    customer.submit(By.id("my-consents"));
    assertEquals(MY_CONSENTS, customer.path());
    assertEquals("not given", stateOf("consent-marketing-email"));
    assertEquals("given", stateOf("consent-marketing-telemarketing"), "P12: opt-out");

    customer.submit(By.cssSelector("[aria-label='Give consent: Marketing emails']"));

    assertEquals(MY_CONSENTS + "?saved=granted", customer.path());
    assertEquals("given", stateOf("consent-marketing-email"));

    customer.submit(By.cssSelector("[aria-label='Withdraw: Marketing emails']"));

    assertEquals(MY_CONSENTS + "?saved=withdrawn", customer.path());
    assertEquals("not given", stateOf("consent-marketing-email"), "P12: at once");
    List<WebElement> history =
        customer.driver.findElements(By.cssSelector("table.history tbody tr"));
    assertEquals(2, history.size());
    assertEquals("Withdrawn", cell(history.get(0), "event-change"));
    assertEquals("Given", cell(history.get(1), "event-change"));
    assertEquals("On the web", cell(history.get(1), "event-channel"));
    assertEquals(2, consentEventsOf(customerId()), "one row per event");

    String grantId = history.get(1).getAttribute("id").substring("event-".length());
    Path receipt = customer.download(By.cssSelector("#event-" + grantId + " a.receipt"));

    assertEquals("consent-receipt-" + grantId + ".json", receipt.getFileName().toString());
    JsonObject json = Json.createReader(new StringReader(Files.readString(receipt))).readObject();
    assertEquals(grantId, json.getString("consentReceiptID"));
    assertEquals("KI-CR-v1.1.0", json.getString("version"));
    assertEquals("GIVEN", json.getString("consentState"));
    assertEquals(customerId(), json.getString("piiPrincipalId"));
  }

  @Test
  void anAgentRecordsAVerbalConsentAndTheCustomerSeesItWithChannelVerbal() throws SQLException {
    String call = "CALL-" + UUID.randomUUID().toString().substring(0, 8);
    openCustomerAsAgent();

    chooseRadio("record:channel", "verbal");
    staff.choose("record:purpose", "marketing.email");
    chooseRadio("record:granted", "true");
    staff.type("record:callReference", call);
    staff.submit(By.id("record:submit"));

    assertTrue(staff.path().endsWith("&saved=recorded"), staff.path());
    assertTrue(main(staff).contains("Verbal, on call " + call), main(staff));

    customer.open(MY_CONSENTS);
    assertEquals("given", stateOf("consent-marketing-email"));
    WebElement latest = customer.driver.findElement(By.cssSelector("table.history tbody tr"));
    assertEquals("Given", cell(latest, "event-change"));
    assertEquals(
        "Verbal, on call " + call + ", recorded by a support agent", cell(latest, "event-channel"));
    assertEquals(1, consentEventsOf(customerId()));
  }

  @Test
  void aRefusedRecordShowsItsMessageBesideTheFieldAndWritesNothing() throws SQLException {
    openCustomerAsAgent();
    String page = staff.path();

    chooseRadio("record:channel", "verbal");
    staff.choose("record:purpose", "marketing.email");
    chooseRadio("record:granted", "true");
    staff.submit(By.id("record:submit"));

    assertEquals(SUPPORT, staff.path().replaceFirst("\\?.*$", ""));
    assertTrue(
        staff.messageBeside("record:callReference").contains("call"),
        staff.messageBeside("record:callReference"));
    assertEquals(
        "true",
        staff.driver.findElement(By.id("record:callReference")).getAttribute("aria-invalid"));

    chooseRadio("record:channel", "written");
    staff.type("record:callReference", "CALL-1");
    staff.submit(By.id("record:submit"));
    assertFalse(staff.messageBeside("record:documentReference").isBlank());
    assertFalse(staff.messageBeside("record:callReference").isBlank(), "a written one has no call");
    assertEquals(0, consentEventsOf(customerId()), "nothing written");
    assertTrue(page.contains("customer="), page);
  }

  @Test
  void aBadLookUpShowsItsMessageBesideTheField() {
    staff = new PortalBrowser();
    var agent = StaffAccounts.create("support-agent");
    staff.signInStaff(agent.username(), agent.password());
    staff.open(SUPPORT);

    staff.type("findCustomer:phone", "4155550100");
    staff.submit(By.id("findCustomer:submit"));

    assertTrue(staff.messageBeside("findCustomer:phone").contains("international"));
    staff.type("findCustomer:phone", "");
    staff.type("findCustomer:email", "nobody-" + UUID.randomUUID() + "@example.com");
    staff.submit(By.id("findCustomer:submit"));
    assertTrue(staff.driver.findElement(By.id("nobody-found")).isDisplayed());
    // other staff roles are not support agents
    PortalBrowser marketer = new PortalBrowser();
    try {
      var marketing = StaffAccounts.create("marketing");
      marketer.signInStaff(marketing.username(), marketing.password());
      assertEquals(403, marketer.status(SUPPORT));
    } finally {
      marketer.close();
    }
    assertEquals(403, customer.status(SUPPORT), "nor are customers");
  }

  /** Signs a new support agent in, finds the customer by email and opens their consents. */
  private void openCustomerAsAgent() {
    staff = new PortalBrowser();
    var agent = StaffAccounts.create("support-agent");
    staff.signInStaff(agent.username(), agent.password());
    staff.submit(By.id("support-consents"));
    assertEquals(SUPPORT, staff.path());
    staff.type("findCustomer:email", email.toUpperCase());
    staff.submit(By.id("findCustomer:submit"));
    List<WebElement> found = staff.driver.findElements(By.cssSelector("ul.found li"));
    assertEquals(1, found.size());
    assertTrue(found.get(0).getText().contains(email), found.get(0).getText());
    staff.submit(By.cssSelector("ul.found li a"));
    assertTrue(staff.path().startsWith(SUPPORT + "?customer="), staff.path());
  }

  private void chooseRadio(String name, String value) {
    staff
        .driver
        .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
        .click();
  }

  private String stateOf(String rowId) {
    return customer.driver.findElement(By.cssSelector("#" + rowId + " .consent-state")).getText();
  }

  private static String cell(WebElement row, String cssClass) {
    return row.findElement(By.className(cssClass)).getText();
  }

  private static String main(PortalBrowser browser) {
    return browser.driver.findElement(By.id("main")).getText();
  }

  private String customerId() throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT id FROM customer WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next(), "the customer exists");
        return result.getString(1);
      }
    }
  }

  private static long consentEventsOf(String customerId) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM consent_event WHERE subject_id = ?")) {
      query.setString(1, customerId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
