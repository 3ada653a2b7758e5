package net.genvoice.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.genvoice.customer.control.PasswordPolicy;
import net.genvoice.identity.control.Passwords;
import net.genvoice.identity.control.StaffDirectory;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.staff.entity.StaffMember;
import net.genvoice.staff.entity.StaffRole;

/**
 * Creates staff accounts and assigns their roles (administrators only, enforced by the callers'
 * edges).
 */
@Stateless
public class StaffMembers {

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject PasswordPolicy passwordPolicy;
  @Inject StaffDirectory directory;

  Clock clock = Clock.systemUTC();

  /** Creates a staff account whose initial password is one-time: replaced at the first sign-in. */
  public StaffView create(
      String username, String displayName, String password, Set<StaffRole> roles) {
    if (directory.isEnabled()) {
      throw InvalidInputException.of(
          "username", "Staff accounts are managed in the company directory, not here");
    }
    String login = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    Map<String, String> problems = new LinkedHashMap<>();
    if (!login.matches("[a-z][a-z0-9._-]{2,49}")) {
      problems.put(
          "username",
          "3 to 50 letters, digits, dots, dashes or underscores, starting with a letter");
    }
    if (displayName == null || displayName.isBlank()) {
      problems.put("displayName", "Enter the name colleagues know them by");
    }
    passwordPolicy
        .problemWith(password, login, displayName)
        .ifPresent(problem -> problems.put("password", problem));
    if (roles == null || roles.isEmpty()) {
      problems.put("roles", "Choose at least one role");
    }
    if (!problems.isEmpty()) {
      // every problem at once, so a form shows them all in one pass
      throw new InvalidInputException(problems);
    }
    if (!em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
        .setParameter("username", login)
        .getResultList()
        .isEmpty()) {
      throw new StaffUsernameTakenException();
    }
    StaffMember member =
        new StaffMember(
            login, displayName.trim(), passwords.hash(password), roles, true, clock.instant());
    em.persist(member);
    return StaffView.of(member);
  }

  /** Whether this staff member still signs in with an initial (one-time) password. */
  public boolean mustChangePassword(String staffId) {
    StaffMember member = staffId == null ? null : em.find(StaffMember.class, staffId);
    return member != null && member.mustChangePassword();
  }

  /** Replaces the password after checking the current one; every problem is reported at once. */
  public void changePassword(String staffId, String currentPassword, String newPassword) {
    StaffMember member = staffId == null ? null : em.find(StaffMember.class, staffId);
    if (member == null || !member.isActive()) {
      throw InvalidInputException.of(
          "currentPassword", "This account cannot change a password here");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    if (!passwords.matches(currentPassword, member.passwordHash())) {
      problems.put("currentPassword", "Enter your current password");
    }
    passwordPolicy
        .problemWith(newPassword, member.username(), member.displayName())
        .ifPresent(problem -> problems.put("newPassword", problem));
    if (newPassword != null && newPassword.equals(currentPassword)) {
      problems.put("newPassword", "Choose a password different from the current one");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    member.changePassword(passwords.hash(newPassword));
  }

  public List<StaffView> all() {
    return em.createNamedQuery(StaffMember.ALL, StaffMember.class)
        .getResultStream()
        .map(StaffView::of)
        .toList();
  }

  public boolean exist() {
    return !em.createNamedQuery(StaffMember.ALL, StaffMember.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
