package net.genvoice.identity.boundary;

import static net.genvoice.testing.SignUps.PASSWORD;
import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.identity.control.Secrets;
import net.genvoice.identity.entity.LoginThrottle;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.identity.entity.TokenPurpose;
import net.genvoice.platform.persistence.Database;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.staff.boundary.StaffView;
import net.genvoice.staff.entity.StaffRole;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in of customers and staff with throttling, and the revocable tokens of P27, against the real
 * schema.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("authentication-it", SignUps.class, DatabaseRows.class);
  }

  @EJB Authentication authentication;
  @EJB AccessTokens tokens;
  @EJB Customers customers;
  @EJB StaffMembers staffMembers;
  @EJB Database database;

  DatabaseRows db;

  @BeforeEach
  void openDatabase() {
    db = new DatabaseRows(database.dataSource());
  }

  // --- customers -------------------------------------------------------------------------------

  @Test
  void signsACustomerInWithTheCustomerRoleOnly() {
    String email = uniqueEmail("SignIn");
    CustomerView customer = customers.signUp(SignUps.withVisa(email));

    SignedIn signedIn =
        authentication.signInCustomer(" " + email.toUpperCase(Locale.ROOT), PASSWORD);

    assertEquals(customer.id(), signedIn.id());
    assertEquals("Ada Lovelace", signedIn.displayName());
    assertEquals(PrincipalKind.CUSTOMER, signedIn.kind());
    assertEquals(Set.of(Roles.CUSTOMER), signedIn.roles());
  }

  @Test
  void answersAWrongPasswordAndAnUnknownEmailAlike() {
    String email = uniqueEmail("Alike");
    customers.signUp(SignUps.withVisa(email));

    var wrongPassword =
        assertThrows(
            AuthenticationFailedException.class,
            () -> authentication.signInCustomer(email, "Wrong-Password-123"));
    var unknownEmail =
        assertThrows(
            AuthenticationFailedException.class,
            () -> authentication.signInCustomer(uniqueEmail("Nobody"), PASSWORD));

    assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
    assertEquals(wrongPassword.code(), unknownEmail.code());
  }

  @Test
  void countsFailuresInTheirOwnTransactionAndThrottlesAfterTheFreeOnes() {
    String email = uniqueEmail("Throttled");
    customers.signUp(SignUps.withVisa(email));
    String key = Secrets.loginKey(email);

    assertThrows(
        AuthenticationFailedException.class,
        () -> authentication.signInCustomer(email, "Wrong-Password-123"));
    assertEquals(1, failures(key), "the count survived the rollback of the refused sign-in");

    for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThrows(
          AuthenticationFailedException.class,
          () -> authentication.signInCustomer(email, "Wrong-Password-123"));
    }
    assertEquals(LoginThrottle.FREE_FAILURES, failures(key));

    // even the right password must wait now
    assertThrows(
        SignInThrottledException.class, () -> authentication.signInCustomer(email, PASSWORD));
    assertEquals(LoginThrottle.FREE_FAILURES, failures(key), "a throttled attempt is not counted");
  }

  @Test
  void throttlesUnknownEmailsToo() {
    String nobody = uniqueEmail("Ghost");
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThrows(
          AuthenticationFailedException.class,
          () -> authentication.signInCustomer(nobody, PASSWORD));
    }

    assertThrows(
        SignInThrottledException.class, () -> authentication.signInCustomer(nobody, PASSWORD));
    assertEquals(LoginThrottle.FREE_FAILURES, failures(Secrets.loginKey(nobody)));
  }

  @Test
  void theThrottleTableHoldsOnlyHashesOfLoginNames() {
    String email = uniqueEmail("Hidden");
    assertThrows(
        AuthenticationFailedException.class, () -> authentication.signInCustomer(email, PASSWORD));

    Map<String, Object> row =
        db.single("SELECT * FROM login_throttle WHERE login_key = ?", Secrets.loginKey(email));
    assertTrue(((String) row.get("login_key")).matches("[0-9a-f]{64}"), "a hex SHA-256");
    String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
    for (Object cell : db.cellsOf("login_throttle")) {
      String text = String.valueOf(cell).toLowerCase(Locale.ROOT);
      assertFalse(text.contains("@") || text.contains(local), "an email in clear: " + text);
    }
  }

  @Test
  void aSuccessfulSignInClearsTheFailures() {
    String email = uniqueEmail("Forgiven");
    customers.signUp(SignUps.withVisa(email));
    assertThrows(
        AuthenticationFailedException.class,
        () -> authentication.signInCustomer(email, "Wrong-Password-123"));

    authentication.signInCustomer(email, PASSWORD);

    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM login_throttle WHERE login_key = ?", Secrets.loginKey(email)));
  }

  // --- staff -----------------------------------------------------------------------------------

  @Test
  void staffSignInOnlyThroughTheStaffDoor() {
    String password = adminPassword();

    SignedIn admin = authentication.signInStaff("admin", password);

    assertEquals(PrincipalKind.STAFF, admin.kind());
    assertEquals(Set.of(Roles.ADMINISTRATOR), admin.roles());
    assertFalse(admin.roles().contains(Roles.CUSTOMER), "customers and staff never share a role");
    assertThrows(
        AuthenticationFailedException.class,
        () -> authentication.signInCustomer("admin", password));
  }

  @Test
  void customersCannotUseTheStaffDoor() {
    String email = uniqueEmail("NotStaff");
    customers.signUp(SignUps.withVisa(email));

    assertThrows(
        AuthenticationFailedException.class, () -> authentication.signInStaff(email, PASSWORD));
  }

  @Test
  void aOneTimeStaffPasswordYieldsNoApiSignInUntilReplaced() {
    String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
    StaffView member =
        staffMembers.create(
            username, "Api Agent", "Copper-Meadow-Lantern-71", Set.of(StaffRole.SUPPORT_AGENT));

    assertThrows(
        PasswordChangeRequiredException.class,
        () -> authentication.signInStaffForApi(username, "Copper-Meadow-Lantern-71"));
    staffMembers.changePassword(member.id(), "Copper-Meadow-Lantern-71", "Harbour-Quilt-Signal-58");

    SignedIn signedIn = authentication.signInStaffForApi(username, "Harbour-Quilt-Signal-58");
    assertEquals(member.id(), signedIn.id());
    assertEquals(Set.of(Roles.SUPPORT_AGENT), signedIn.roles());
    assertThrows(
        AuthenticationFailedException.class,
        () -> authentication.signInStaffForApi(username, "Copper-Meadow-Lantern-71"));
  }

  @Test
  void aDirectoryStaffTokenCarriesTheRolesTheDirectoryGave() {
    SignedIn fromDirectory =
        new SignedIn(
            Authentication.DIRECTORY_PREFIX + "jane.compliance-" + UUID.randomUUID(),
            "Jane",
            PrincipalKind.STAFF,
            Set.of(Roles.COMPLIANCE_OFFICER, Roles.MARKETING));

    IssuedToken issued = tokens.issue(fromDirectory, TokenPurpose.API);
    SignedIn resolved =
        tokens
            .resolve(issued.token(), TokenPurpose.API)
            .flatMap(authentication::principalOf)
            .orElseThrow();

    assertEquals(fromDirectory.id(), resolved.id());
    assertEquals(PrincipalKind.STAFF, resolved.kind());
    assertEquals(fromDirectory.roles(), resolved.roles());
    // a local staff member's roles are read afresh, never kept with the token
    SignedIn admin = authentication.signInStaff("admin", adminPassword());
    IssuedToken adminToken = tokens.issue(admin, TokenPurpose.API);
    assertEquals(
        Set.of(),
        tokens.resolve(adminToken.token(), TokenPurpose.API).orElseThrow().directoryRoles());
  }

  // --- tokens (P27) ----------------------------------------------------------------------------

  @Test
  void issuesResolvesAndRevokesATokenKeepingOnlyItsHash() {
    String principal = UUID.randomUUID().toString();

    IssuedToken issued = tokens.issue(principal, PrincipalKind.CUSTOMER, TokenPurpose.API);

    assertEquals(
        Optional.of(new TokenHolder(principal, PrincipalKind.CUSTOMER, Set.of())),
        tokens.resolve(issued.token(), TokenPurpose.API));
    assertTrue(tokens.resolve(issued.token(), TokenPurpose.REMEMBER_ME).isEmpty(), "purpose");
    Map<String, Object> row =
        db.single("SELECT * FROM access_token WHERE principal_id = ?", principal);
    assertEquals(Secrets.sha256(issued.token()), row.get("token_hash"));
    for (Object cell : db.cellsOf("access_token")) {
      assertFalse(String.valueOf(cell).contains(issued.token()), "the token in clear");
    }

    tokens.revoke(issued.token());
    tokens.revoke(issued.token());
    tokens.revoke("no-such-token");

    assertTrue(tokens.resolve(issued.token(), TokenPurpose.API).isEmpty());
    assertTrue(
        db.single("SELECT revoked_at FROM access_token WHERE principal_id = ?", principal)
                .get("revoked_at")
            != null);
  }

  @Test
  void anExpiredTokenResolvesToNothing() {
    String expired = Secrets.newToken();
    String live = Secrets.newToken();
    insertToken(expired, Instant.now().minus(Duration.ofMinutes(1)));
    insertToken(live, Instant.now().plus(Duration.ofMinutes(1)));

    assertTrue(tokens.resolve(expired, TokenPurpose.API).isEmpty());
    assertTrue(tokens.resolve(live, TokenPurpose.API).isPresent(), "the same row, not expired");
    assertTrue(tokens.resolve(null, TokenPurpose.API).isEmpty());
    assertTrue(tokens.resolve(" ", TokenPurpose.API).isEmpty());
  }

  @Test
  void revokesAllTokensOfOnePurposeOfOnePrincipal() {
    String principal = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    String api1 = tokens.issue(principal, PrincipalKind.CUSTOMER, TokenPurpose.API).token();
    String api2 = tokens.issue(principal, PrincipalKind.CUSTOMER, TokenPurpose.API).token();
    String remember =
        tokens.issue(principal, PrincipalKind.CUSTOMER, TokenPurpose.REMEMBER_ME).token();
    String othersApi = tokens.issue(other, PrincipalKind.CUSTOMER, TokenPurpose.API).token();

    tokens.revokeAll(principal, TokenPurpose.API);

    assertTrue(tokens.resolve(api1, TokenPurpose.API).isEmpty());
    assertTrue(tokens.resolve(api2, TokenPurpose.API).isEmpty());
    assertTrue(tokens.resolve(remember, TokenPurpose.REMEMBER_ME).isPresent());
    assertTrue(tokens.resolve(othersApi, TokenPurpose.API).isPresent());
    assertEquals(
        2,
        db.count(
            "SELECT COUNT(*) FROM access_token WHERE principal_id = ? AND revoked_at IS NOT NULL",
            principal));
  }

  private int failures(String loginKey) {
    return ((Number)
            db.single("SELECT failures FROM login_throttle WHERE login_key = ?", loginKey)
                .get("failures"))
        .intValue();
  }

  private void insertToken(String token, Instant expiresAt) {
    db.update(
        "INSERT INTO access_token (token_hash, principal_id, principal_kind, purpose, created_at,"
            + " expires_at) VALUES (?, ?, 'CUSTOMER', 'API', ?, ?)",
        Secrets.sha256(token),
        UUID.randomUUID().toString(),
        Timestamp.from(expiresAt.minus(Duration.ofHours(1))),
        Timestamp.from(expiresAt));
  }

  private static String adminPassword() {
    return ConfigProvider.getConfig().getValue("genvoice.admin.initial-password", String.class);
  }
}
