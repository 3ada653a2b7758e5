package net.genvoice.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.genvoice.identity.control.StaffDirectory;
import net.genvoice.identity.entity.PrincipalKind;
import org.junit.jupiter.api.Test;

/**
 * With the company directory switched on, staff roles come from directory groups, and only staff
 * roles.
 */
class AuthenticationDirectoryTest {

  private final List<String> failures = new ArrayList<>();
  private final List<String> resets = new ArrayList<>();

  private Authentication authentication(Optional<StaffDirectory.Entry> entry) {
    Authentication authentication = new Authentication();
    authentication.directory =
        new StaffDirectory() {
          @Override
          public boolean isEnabled() {
            return true;
          }

          @Override
          public Optional<Entry> authenticate(String username, String password) {
            return entry;
          }
        };
    authentication.throttles =
        new LoginThrottles() {
          @Override
          public void checkAllowed(String loginName) {}

          @Override
          public void recordFailure(String loginName) {
            failures.add(loginName);
          }

          @Override
          public void reset(String loginName) {
            resets.add(loginName);
          }
        };
    return authentication;
  }

  @Test
  void directoryGroupsThatAreStaffRolesBecomeRoles() {
    SignedIn carol =
        authentication(
                Optional.of(
                    new StaffDirectory.Entry(
                        "carol",
                        "Carol Compliance",
                        Set.of("compliance-officer", "canteen", "customer"))))
            .signInStaff("Carol", "directory-password");
    assertEquals(PrincipalKind.STAFF, carol.kind());
    assertEquals(
        Set.of("compliance-officer"), carol.roles(), "never the customer role, never other groups");
    assertEquals("directory:carol", carol.id());
    assertEquals(List.of("staff:carol"), resets);
  }

  @Test
  void aDirectoryUserWithoutAStaffGroupIsRefusedAndCounted() {
    Authentication authentication =
        authentication(
            Optional.of(new StaffDirectory.Entry("mallory", "Mallory", Set.of("canteen"))));
    assertThrows(
        AuthenticationFailedException.class, () -> authentication.signInStaff("mallory", "pw"));
    assertEquals(List.of("staff:mallory"), failures);
  }

  @Test
  void aWrongDirectoryPasswordIsRefusedAndCounted() {
    Authentication authentication = authentication(Optional.empty());
    assertThrows(
        AuthenticationFailedException.class, () -> authentication.signInStaff("carol", "wrong"));
    assertEquals(List.of("staff:carol"), failures);
  }
}
