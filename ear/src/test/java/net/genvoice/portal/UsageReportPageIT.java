package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.StaffAccounts.StaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * P05 in headless Chromium: marketing staff see uses per feature per week with a bar chart drawn on
 * the server; no count below five is shown; a support agent is kept out.
 */
class UsageReportPageIT {

  private static final String PAGE = "/staff/area/reports/usage.xhtml";

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
  void marketingSeesTheReportWithAChartAndNoCountBelowFive() {
    StaffLogin marketing = StaffAccounts.create("marketing");
    browser.signInStaff(marketing.username(), marketing.password());
    browser.open("/staff/area/index.xhtml");
    browser.submit(By.linkText("Feature usage"));

    assertEquals(PAGE, browser.path());
    WebElement table = browser.driver.findElement(By.id("usage-report"));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertFalse(rows.isEmpty());
    assertEquals(rows.size(), table.findElements(By.cssSelector("svg.usage-chart")).size());
    assertEquals(
        12 * rows.size(), table.findElements(By.cssSelector("svg.usage-chart rect")).size());
    for (WebElement cell : table.findElements(By.cssSelector("td.count"))) {
      String text = cell.getText();
      assertTrue(
          text.equals("fewer than 5") || Long.parseLong(text) >= 5, "P05: a cell read " + text);
    }
    assertTrue(browser.driver.findElements(By.tagName("script")).isEmpty());
  }

  @Test
  void aPeriodThatIsNoneIsExplainedBesideTheForm() {
    StaffLogin compliance = StaffAccounts.create("compliance-officer");
    browser.signInStaff(compliance.username(), compliance.password());
    browser.open(PAGE + "?from=2026-10-01&to=2026-09-01");

    String message = browser.driver.findElement(By.id("period-message")).getText();
    assertTrue(message.contains("must not come before"), message);
    assertTrue(browser.driver.findElements(By.id("usage-report")).isEmpty());
  }

  @Test
  void aSupportAgentIsKeptOut() {
    StaffLogin agent = StaffAccounts.create("support-agent");
    browser.signInStaff(agent.username(), agent.password());

    assertEquals(403, browser.status(PAGE));
  }
}
