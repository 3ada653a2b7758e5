package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.StaffAccounts.StaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * P18, P23 in headless Chromium: the compliance officer's registry and legal-request pages, the
 * ledger verification page, and the customer's page of their own disclosures.
 */
class CompliancePagesIT {

  private static final String RECIPIENTS = "/staff/area/compliance/recipients.xhtml";
  private static final String LEGAL_REQUESTS = "/staff/area/compliance/legal-requests.xhtml";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private PortalBrowser browser;
  private StaffLogin officer;

  @BeforeEach
  void openBrowser() {
    officer = StaffAccounts.create("compliance-officer");
    browser = new PortalBrowser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theOfficerRegistersChangesAndDeactivatesARecipient() throws SQLException {
    String id = "court-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signInStaff(officer.username(), officer.password());
    assertTrue(main().contains("Recipient registry"), main());
    browser.open(RECIPIENTS);

    browser.type("createRecipient:id", id);
    browser.type("createRecipient:name", "Court " + id);
    browser.choose("createRecipient:kind", "COURT_OR_LAW_ENFORCEMENT");
    browser.type("createRecipient:agreementReference", "Statute 1");
    browser.choose("createRecipient:purpose", "COMPLY_WITH_LAW");
    tick("createRecipient:fields", "customer.name");
    browser.submit(By.id("createRecipient:submit"));

    assertEquals(RECIPIENTS + "?done=created", browser.path());
    assertEquals("COMPLY_WITH_LAW: customer.name", cell(id, "purposes"));

    browser.choose("changeRecipient:recipient", id);
    browser.choose("changeRecipient:purpose", "COMPLY_WITH_LAW");
    tick("changeRecipient:fields", "customer.name");
    tick("changeRecipient:fields", "customer.email");
    browser.submit(By.id("changeRecipient:submit"));
    assertEquals(RECIPIENTS + "?done=changed", browser.path());
    assertEquals("COMPLY_WITH_LAW: customer.name, customer.email", cell(id, "purposes"));

    browser.choose("changeRecipient:recipient", id);
    browser.choose("changeRecipient:purpose", "THIRD_PARTY_MARKETING");
    tick("changeRecipient:fields", "customer.email");
    browser.submit(By.id("changeRecipient:submit"));
    assertEquals(RECIPIENTS, browser.path());
    assertFalse(
        browser.messageBeside("changeRecipient:purpose").isBlank(),
        "a purpose the kind may not receive for is refused beside the purpose");
    assertEquals("COMPLY_WITH_LAW: customer.name, customer.email", cell(id, "purposes"));

    browser.submit(By.cssSelector("tr[id='recipient-" + id + "'] input[type='submit']"));
    assertEquals(RECIPIENTS + "?done=deactivated", browser.path());
    assertEquals("deactivated", cell(id, "status"));
    assertEquals(3, count("SELECT COUNT(*) FROM recipient_audit WHERE recipient_id = ?", id));
  }

  @Test
  void badRegistryInputIsShownBesideEachFieldAndNothingIsWritten() throws SQLException {
    browser.signInStaff(officer.username(), officer.password());
    browser.open(RECIPIENTS);
    browser.type("createRecipient:id", "Not An Id!");
    browser.submit(By.id("createRecipient:submit"));

    assertEquals(RECIPIENTS, browser.path());
    for (String field : new String[] {"id", "name", "kind", "agreementReference", "purpose"}) {
      assertFalse(
          browser.messageBeside("createRecipient:" + field).isBlank(), field + " has its message");
    }
    assertEquals(0, count("SELECT COUNT(*) FROM recipient WHERE id = ?", "Not An Id!"));
  }

  @Test
  void aFulfilledLegalRequestShowsItsExportAndTheCustomerSeesTheDisclosure() throws SQLException {
    String court = court();
    String email = PortalBrowser.uniqueEmail("subpoena");
    browser.signUpWithCard(email, "4111 1111 1111 1111");
    String customer = customerId(email);

    browser.forgetCookies();
    browser.signInStaff(officer.username(), officer.password());
    browser.open(LEGAL_REQUESTS);
    browser.choose("recordRequest:kind", "COURT_ORDER");
    browser.choose("recordRequest:authorityId", court);
    browser.type("recordRequest:issuedOn", TODAY.minusDays(10).toString());
    browser.type("recordRequest:subjects", customer);
    tick("recordRequest:dataCategories", "IDENTITY");
    browser.submit(By.id("recordRequest:submit"));
    assertEquals(LEGAL_REQUESTS, browser.path(), "no reference: refused");
    assertFalse(browser.messageBeside("recordRequest:reference").isBlank());
    assertEquals(0, count("SELECT COUNT(*) FROM legal_request WHERE authority_id = ?", court));

    browser.type("recordRequest:reference", "Order 2026-77");
    browser.type("recordRequest:nonDisclosureUntil", TODAY.minusDays(1).toString());
    browser.submit(By.id("recordRequest:submit"));
    assertEquals(LEGAL_REQUESTS + "?done=recorded", browser.path());
    browser.submit(By.cssSelector("input[aria-label='Fulfil Order 2026-77']"));
    String export = browser.driver.findElement(By.id("export")).getText();
    assertTrue(export.contains("\"customer.name\": \"Ada Lovelace\""), export);

    browser.open("/staff/area/compliance/ledger.xhtml?subject=" + customer);
    String verdict = browser.driver.findElement(By.id("verdict")).getText();
    assertTrue(verdict.contains("intact"), verdict);
    assertTrue(main().contains("reference-missing"), "the refused attempt is on record: " + main());

    browser.forgetCookies();
    browser.signIn(email, PortalBrowser.PASSWORD, false);
    browser.open("/account/index.xhtml");
    browser.submit(By.id("disclosures-link"));
    String disclosures = browser.driver.findElement(By.id("disclosures")).getText();
    assertTrue(disclosures.contains("Court of " + court), disclosures);
    assertTrue(disclosures.contains("To comply with the law"), disclosures);
    assertTrue(disclosures.contains("customer.name"), disclosures);
    assertTrue(disclosures.contains("Order 2026-77"), disclosures);
  }

  /** A court of the registry, made over REST by the same officer. */
  private String court() {
    String id = "court-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        new Http()
            .withToken(
                officer.token(),
                "POST",
                "/api/v1/staff/compliance/recipients",
                Json.createObjectBuilder()
                    .add("id", id)
                    .add("name", "Court of " + id)
                    .add("kind", "COURT_OR_LAW_ENFORCEMENT")
                    .add("agreementReference", "Statute 2")
                    .add(
                        "purposes",
                        Json.createObjectBuilder()
                            .add("COMPLY_WITH_LAW", Json.createArrayBuilder().add("customer.name")))
                    .build());
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private void tick(String name, String value) {
    browser
        .driver
        .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
        .click();
  }

  private String cell(String recipientId, String column) {
    return browser
        .driver
        .findElement(By.cssSelector("tr[id='recipient-" + recipientId + "'] td." + column))
        .getText();
  }

  private String main() {
    return browser.driver.findElement(By.id("main")).getText();
  }

  private static String customerId(String email) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM customer WHERE email = ?")) {
      statement.setString(1, email.toLowerCase(java.util.Locale.ROOT));
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next(), "the customer signed up");
        return rows.getString(1);
      }
    }
  }

  private static long count(String sql, String parameter) throws SQLException {
    return Database.count(sql, parameter);
  }
}
