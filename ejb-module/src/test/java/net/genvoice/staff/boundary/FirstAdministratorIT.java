package net.genvoice.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.Roles;
import net.genvoice.identity.boundary.SignedIn;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.staff.entity.StaffRole;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first administrator, created at start-up from {@code genvoice.admin.initial-password} (set in
 * the test configuration), and the rules of creating staff accounts.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

  private static final String STAFF_PASSWORD = "Copper-Meadow-Lantern-71";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("first-administrator-it", DatabaseRows.class);
  }

  @EJB StaffMembers staff;
  @EJB Authentication authentication;
  @EJB Database database;

  DatabaseRows db;

  @BeforeEach
  void openDatabase() {
    db = new DatabaseRows(database.dataSource());
  }

  @Test
  void createsTheAdministratorWithTheConfiguredPasswordHashed() {
    StaffView admin =
        staff.all().stream()
            .filter(member -> member.username().equals("admin"))
            .findFirst()
            .orElseThrow();
    assertEquals(Set.of(Roles.ADMINISTRATOR), admin.roles());
    assertTrue(admin.active());

    Map<String, Object> row = db.single("SELECT * FROM staff_member WHERE username = 'admin'");
    String hash = (String) row.get("password_hash");
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), "Jakarta Security PBKDF2 format");
    assertFalse(hash.contains(adminPassword()), "the hash does not contain the password");
    assertEquals(Boolean.TRUE, row.get("must_change_password"), "a one-time password");
    assertEquals(
        List.of(Map.of("role", "ADMINISTRATOR")),
        db.query("SELECT role FROM staff_role WHERE staff_id = ?", row.get("id")));
  }

  @Test
  void theAdministratorSignsInWithTheConfiguredPassword() {
    SignedIn admin = authentication.signInStaff("admin", adminPassword());

    assertEquals(PrincipalKind.STAFF, admin.kind());
    assertEquals(Set.of(Roles.ADMINISTRATOR), admin.roles());
  }

  @Test
  void createsStaffWithALowerCaseUsernameAndTheirRoles() {
    String username = uniqueUsername();

    StaffView created =
        staff.create(
            username.toUpperCase(),
            "Sam Agent",
            STAFF_PASSWORD,
            EnumSet.of(StaffRole.SUPPORT_AGENT, StaffRole.MARKETING));

    assertEquals(username, created.username());
    assertEquals(1, db.count("SELECT COUNT(*) FROM staff_member WHERE username = ?", username));
    assertEquals(2, db.count("SELECT COUNT(*) FROM staff_role WHERE staff_id = ?", created.id()));
    SignedIn signedIn = authentication.signInStaff(username, STAFF_PASSWORD);
    assertEquals(Set.of(Roles.SUPPORT_AGENT, Roles.MARKETING), signedIn.roles());
  }

  @Test
  void refusesInvalidUsernames() {
    for (String username : new String[] {null, "", "ab", "1agent", "with space", "a".repeat(51)}) {
      assertRefused(username, STAFF_PASSWORD, "username");
    }
  }

  @Test
  void refusesWeakPasswords() {
    String username = uniqueUsername();
    for (String password :
        new String[] {null, "short-1", "password1234", username + "-Pass-2026"}) {
      assertRefused(username, password, "password");
    }
  }

  @Test
  void reportsEveryProblemAtOnce() {
    long before = db.countAll("staff_member");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> staff.create("1x", " ", "short", EnumSet.noneOf(StaffRole.class)));

    assertEquals(
        Set.of("username", "displayName", "password", "roles"), refused.fieldErrors().keySet());
    assertEquals(before, db.countAll("staff_member"));
  }

  @Test
  void refusesATakenUsernameWhateverItsCase() {
    long before = db.countAll("staff_member");

    assertThrows(
        StaffUsernameTakenException.class,
        () ->
            staff.create(
                " Admin ", "Another Admin", STAFF_PASSWORD, EnumSet.of(StaffRole.ADMINISTRATOR)));

    assertEquals(before, db.countAll("staff_member"));
    assertEquals(before, db.count("SELECT COUNT(DISTINCT staff_id) FROM staff_role"));
  }

  private void assertRefused(String username, String password, String field) {
    long before = db.countAll("staff_member");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> staff.create(username, "Sam Agent", password, EnumSet.of(StaffRole.MARKETING)),
            "username " + username);

    assertEquals(Set.of(field), refused.fieldErrors().keySet(), "username " + username);
    assertEquals(before, db.countAll("staff_member"), "nothing written for " + username);
  }

  private static String uniqueUsername() {
    return "agent." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String adminPassword() {
    return ConfigProvider.getConfig().getValue("genvoice.admin.initial-password", String.class);
  }
}
