package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.StaffAccounts.StaffLogin;
import net.genvoice.systemtest.SystemUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * P12, P13 in headless Chromium: the customer's communication preferences page, and the marketing
 * staff's do-not-call list, registry import and campaign pages, with bad input refused beside its
 * field.
 */
class CommunicationPagesIT {

  private static final String PREFERENCES = "/account/communications.xhtml";
  private static final String DO_NOT_CALL = "/staff/area/marketing/do-not-call.xhtml";
  private static final String REGISTRY = "/staff/area/marketing/registry.xhtml";
  private static final String CAMPAIGNS = "/staff/area/marketing/campaigns.xhtml";

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
  void theCustomerStopsCallsAndAsksForEmailsOnTheirPreferencesPage() {
    browser.signUpWithCard(PortalBrowser.uniqueEmail("prefs"), "4111 1111 1111 1111");
    browser.driver.findElement(By.id("communications-link")).click();
    assertEquals(PREFERENCES, browser.path());
    assertEquals("Allowed until you stop it", state("telemarketing"));
    assertTrue(state("email").startsWith("Not allowed"), state("email"));
    assertTrue(main().contains("Invoices, payment problems"), "P13 is said on the page");
    assertTrue(main().contains("GenVoice has not sent you any message yet."));

    browser.submit(By.cssSelector("[aria-label='Stop Marketing calls']"));
    assertEquals(PREFERENCES + "?saved=stopped", browser.path());
    assertTrue(state("telemarketing").startsWith("Stopped since"), state("telemarketing"));
    browser.submit(By.cssSelector("[aria-label='Allow Marketing emails']"));
    assertEquals(PREFERENCES + "?saved=allowed", browser.path());
    assertTrue(state("email").startsWith("Allowed since"), state("email"));
    assertEquals("Allowed until you stop it", state("direct-mail"));
  }

  @Test
  void aNumberThatIsNotE164IsRefusedBesideTheFieldThenAGoodOneIsListedAndRemoved() {
    signInMarketing();
    browser.driver.findElement(By.linkText("Do-not-call list")).click();
    assertEquals(DO_NOT_CALL, browser.path());

    browser.type("addNumber:phone", "415 555 0100");
    browser.submit(By.id("addNumber:submit"));
    assertEquals(DO_NOT_CALL, browser.path());
    assertTrue(
        browser.messageBeside("addNumber:phone").contains("E.164"),
        browser.messageBeside("addNumber:phone"));
    assertEquals(
        "true", browser.driver.findElement(By.id("addNumber:phone")).getAttribute("aria-invalid"));

    String phone = "+1628" + ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999);
    browser.type("addNumber:phone", phone);
    browser.type("addNumber:note", "asked by letter");
    browser.submit(By.id("addNumber:submit"));
    assertEquals(DO_NOT_CALL + "?saved=added", browser.path());
    assertTrue(
        browser.driver.findElements(By.cssSelector("tr[data-phone='" + phone + "']")).size() == 1);

    browser.submit(By.cssSelector("[aria-label='Remove " + phone + " from the list']"));
    assertEquals(DO_NOT_CALL + "?saved=removed", browser.path());
    assertTrue(
        browser.driver.findElements(By.cssSelector("tr[data-phone='" + phone + "']")).isEmpty());
  }

  @Test
  void aRegistryFileWithBadLinesIsRefusedBesideTheFileAndEveryBadLineIsListed() throws IOException {
    signInMarketing();
    browser.open(REGISTRY);
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    upload(today, "phone_number\n+14155550100\n415-555-0101\n\n+14155550102\n");
    assertEquals(REGISTRY, browser.path());
    assertTrue(
        browser.messageBeside("importRegistry:file").contains("2 lines are not valid"),
        browser.messageBeside("importRegistry:file"));
    String badLines = browser.driver.findElement(By.id("bad-lines")).getText();
    assertTrue(badLines.contains("line 3") && badLines.contains("E.164"), badLines);
    assertTrue(badLines.contains("line 4") && badLines.contains("empty line"), badLines);

    upload("yesterday", "phone_number\n+14155550100\n");
    assertTrue(browser.messageBeside("importRegistry:date").contains("YYYY-MM-DD"));

    upload(
        today,
        "phone_number\n+1628" + ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999) + "\n");
    assertEquals(REGISTRY + "?saved=imported", browser.path());
    String state = browser.driver.findElement(By.id("registry-state")).getText();
    assertTrue(state.contains("Registry file of " + today) && state.contains("1 numbers"), state);
  }

  @Test
  void aCampaignWithoutAChannelIsRefusedBesideItThenOneIsPreviewedAndRun() {
    importFreshRegistry();
    signInMarketing();
    browser.driver.findElement(By.linkText("Campaigns")).click();
    assertEquals(CAMPAIGNS, browser.path());

    browser.type("createCampaign:name", "Browser campaign");
    browser.type("createCampaign:subject", "Calls abroad");
    browser.type("createCampaign:body", "Hello, this is GenVoice.");
    browser.submit(By.id("createCampaign:submit"));
    assertEquals(CAMPAIGNS, browser.path());
    assertFalse(
        browser.messageBeside("createCampaign:channel").isBlank(), "channel refused beside it");

    browser.choose("createCampaign:channel", "telemarketing");
    browser.submit(By.id("createCampaign:submit"));
    assertTrue(browser.path().endsWith("&saved=created"), browser.path());
    String audience = browser.driver.findElement(By.id("preview-audience")).getText();
    assertTrue(audience.startsWith("It would reach"), audience);
    assertEquals(
        1,
        browser
            .driver
            .findElements(By.cssSelector("#preview-suppressed tr[data-reason='do-not-call']"))
            .size());

    browser.submit(By.id("runCampaign:submit"));
    assertTrue(browser.path().endsWith("&saved=started"), browser.path());
    String status = browser.driver.findElement(By.id("campaign-status")).getText();
    assertTrue(status.equals("RUNNING") || status.equals("COMPLETED"), status);
    assertTrue(browser.driver.findElements(By.id("runCampaign:submit")).isEmpty(), "runs once");
  }

  private void upload(String date, String csv) throws IOException {
    Path file = Files.createTempFile("registry-", ".csv");
    try {
      Files.writeString(file, csv);
      browser.type("importRegistry:date", date);
      browser.driver.findElement(By.id("importRegistry:file")).sendKeys(file.toString());
      browser.submit(By.id("importRegistry:submit"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void signInMarketing() {
    StaffLogin staff = StaffAccounts.create("marketing");
    browser.signInStaff(staff.username(), staff.password());
    assertEquals("/staff/area/index.xhtml", browser.path());
  }

  private static void importFreshRegistry() {
    String token = StaffAccounts.token("marketing");
    var response =
        new Http()
            .send(
                HttpRequest.newBuilder(
                        SystemUnderTest.uri(
                            "/api/v1/staff/marketing/national-registry/imports?date="
                                + LocalDate.now(ZoneOffset.UTC)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("phone_number\n+16282000000\n"))
                    .build());
    assertEquals(201, response.statusCode(), response.body());
  }

  private String state(String channel) {
    return browser
        .driver
        .findElement(By.cssSelector("li[data-channel='" + channel + "'] .channel-state"))
        .getText();
  }

  private String main() {
    return browser.driver.findElement(By.id("main")).getText();
  }
}
