package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff area in headless Chromium: the administrator (password from {@code
 * genvoice.adminPassword}, the domain's initial administrator password) creates staff accounts;
 * each role reaches only its pages.
 */
class StaffPagesIT {

  private static final String ADMIN_PAGE = "/staff/area/admin/staff.xhtml";
  private static final String STAFF_PASSWORD = "Copper-Meadow-Lantern-71";
  private static final String NEW_STAFF_PASSWORD = "Harbour-Quilt-Signal-58";
  private static final String PASSWORD_PAGE = "/staff/area/password.xhtml";
  private static final String NEW_ADMIN_PASSWORD = StaffAccounts.NEW_ADMIN_PASSWORD;

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
  void administratorCreatesASupportAgentWhoCannotAdministerStaff() {
    String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
    signInAdministrator();
    browser.open(ADMIN_PAGE);
    browser.type("createStaff:username", username);
    browser.type("createStaff:displayName", "Sam Agent");
    browser.type("createStaff:password", STAFF_PASSWORD);
    browser
        .driver
        .findElement(By.cssSelector("input[name='createStaff:roles'][value='support-agent']"))
        .click();
    browser.submit(By.id("createStaff:submit"));

    assertEquals(ADMIN_PAGE + "?created=" + username, browser.path());
    assertTrue(main().contains(username), main());

    browser.forgetCookies();
    browser.signInStaff(username, STAFF_PASSWORD);
    // the password an administrator set is one-time: nothing of the staff area before it is
    // replaced
    assertEquals(PASSWORD_PAGE, browser.path());
    assertEquals(302, browser.status("/staff/area/index.xhtml"));
    browser.type("changePassword:currentPassword", STAFF_PASSWORD);
    browser.type("changePassword:newPassword", STAFF_PASSWORD);
    browser.submit(By.id("changePassword:submit"));
    assertTrue(
        !browser.messageBeside("changePassword:newPassword").isBlank(),
        "the same password again is refused beside the field");
    browser.type("changePassword:currentPassword", STAFF_PASSWORD);
    browser.type("changePassword:newPassword", NEW_STAFF_PASSWORD);
    browser.submit(By.id("changePassword:submit"));

    assertEquals("/staff/area/index.xhtml?password=changed", browser.path());
    assertTrue(main().contains("support-agent"), main());
    assertEquals(403, browser.status(ADMIN_PAGE));
    assertEquals(200, browser.status("/staff/area/index.xhtml"));

    browser.forgetCookies();
    browser.signInStaff(username, STAFF_PASSWORD);
    assertEquals("/staff/login.xhtml", browser.path(), "the one-time password works no more");
    browser.signInStaff(username, NEW_STAFF_PASSWORD);
    assertEquals("/staff/area/index.xhtml", browser.path());
  }

  @Test
  void everyProblemOfANewStaffAccountShowsAtOnce() {
    signInAdministrator();
    browser.open(ADMIN_PAGE);
    browser.type("createStaff:username", "1x");
    browser.type("createStaff:password", "short");
    browser.submit(By.id("createStaff:submit"));

    assertEquals(ADMIN_PAGE, browser.path());
    for (String field : new String[] {"username", "displayName", "password", "roles"}) {
      String message =
          browser.driver.findElement(By.id("createStaff:" + field + "-message")).getText();
      assertTrue(!message.isBlank(), field + " has its message");
    }
  }

  /**
   * Signs the administrator in. Its configured password is one-time: the first test to sign in
   * replaces it (and so proves the gate for the administrator too); later ones use the new one.
   */
  private void signInAdministrator() {
    String password = System.getProperty("genvoice.adminPassword");
    assertTrue(password != null && !password.isBlank(), "set -Dgenvoice.adminPassword");
    browser.signInStaff("admin", password);
    if (browser.path().equals("/staff/login.xhtml")) {
      browser.signInStaff("admin", NEW_ADMIN_PASSWORD);
    } else if (browser.path().equals(PASSWORD_PAGE)) {
      browser.type("changePassword:currentPassword", password);
      browser.type("changePassword:newPassword", NEW_ADMIN_PASSWORD);
      browser.submit(By.id("changePassword:submit"));
    }
    assertEquals("/staff/area/index.xhtml", browser.path().replaceFirst("\\?.*$", ""));
  }

  private String main() {
    return browser.driver.findElement(By.id("main")).getText();
  }
}
