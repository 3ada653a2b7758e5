package net.genvoice.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.customer.entity.Customer;
import net.genvoice.identity.control.Passwords;
import net.genvoice.identity.control.StaffDirectory;
import net.genvoice.identity.entity.PrincipalKind;
import net.genvoice.staff.entity.StaffMember;
import net.genvoice.staff.entity.StaffRole;

/**
 * Verifies credentials. Customers sign in with their email, staff with their username, through
 * different doors: a customer credential never yields a staff role and the other way round.
 * Failures are throttled per login name and answered alike whether or not the name exists.
 */
@Stateless
public class Authentication {

  private static final String STAFF_PREFIX = "staff:";

  /** The caller names of company-directory staff, who have no row in GenVoice's staff table. */
  public static final String DIRECTORY_PREFIX = "directory:";

  private static final Set<String> STAFF_ROLES =
      Arrays.stream(StaffRole.values())
          .map(StaffRole::roleName)
          .collect(Collectors.toUnmodifiableSet());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @EJB LoginThrottles throttles;
  @Inject StaffDirectory directory;

  public SignedIn signInCustomer(String email, String password) {
    String login = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    throttles.checkAllowed(login);
    Optional<Customer> customer =
        em.createNamedQuery(Customer.BY_EMAIL, Customer.class)
            .setParameter("email", login)
            .getResultStream()
            .findFirst();
    boolean valid = passwords.matches(password, customer.map(Customer::passwordHash).orElse(null));
    if (!valid || customer.isEmpty() || !customer.get().isActive()) {
      throttles.recordFailure(login);
      throw new AuthenticationFailedException();
    }
    throttles.reset(login);
    return asPrincipal(customer.get());
  }

  public SignedIn signInStaff(String username, String password) {
    String login =
        STAFF_PREFIX + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    throttles.checkAllowed(login);
    if (directory.isEnabled()) {
      return signInFromDirectory(login, username, password);
    }
    Optional<StaffMember> staff =
        em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
            .setParameter("username", login.substring(STAFF_PREFIX.length()))
            .getResultStream()
            .findFirst();
    boolean valid = passwords.matches(password, staff.map(StaffMember::passwordHash).orElse(null));
    if (!valid || staff.isEmpty() || !staff.get().isActive()) {
      throttles.recordFailure(login);
      throw new AuthenticationFailedException();
    }
    throttles.reset(login);
    return asPrincipal(staff.get());
  }

  /**
   * A staff member signing in for an API token: as {@link #signInStaff}, but a one-time password
   * opens nothing until it is replaced.
   *
   * @throws PasswordChangeRequiredException when the password is one-time
   */
  public SignedIn signInStaffForApi(String username, String password) {
    SignedIn staff = signInStaff(username, password);
    if (staff.kind() == PrincipalKind.STAFF
        && Optional.ofNullable(em.find(StaffMember.class, staff.id()))
            .map(StaffMember::mustChangePassword)
            .orElse(false)) {
      throw new PasswordChangeRequiredException();
    }
    return staff;
  }

  /** Production: staff identities and their roles come from the company directory. */
  private SignedIn signInFromDirectory(String login, String username, String password) {
    Optional<SignedIn> staff =
        directory
            .authenticate(username, password)
            .map(
                entry ->
                    new SignedIn(
                        DIRECTORY_PREFIX + entry.username(),
                        entry.displayName(),
                        PrincipalKind.STAFF,
                        entry.groups().stream()
                            .filter(STAFF_ROLES::contains)
                            .collect(Collectors.toUnmodifiableSet())))
            .filter(signedIn -> !signedIn.roles().isEmpty());
    if (staff.isEmpty()) {
      throttles.recordFailure(login);
      throw new AuthenticationFailedException();
    }
    throttles.reset(login);
    return staff.get();
  }

  /**
   * The principal behind a token, if its account is still active. A company-directory principal has
   * no row here: its roles are those the directory gave it when the token was issued.
   */
  public Optional<SignedIn> principalOf(TokenHolder holder) {
    if (holder.principalId().startsWith(DIRECTORY_PREFIX)) {
      return Optional.of(
          new SignedIn(
              holder.principalId(),
              holder.principalId().substring(DIRECTORY_PREFIX.length()),
              PrincipalKind.STAFF,
              holder.directoryRoles()));
    }
    if (holder.kind() == PrincipalKind.CUSTOMER) {
      return Optional.ofNullable(em.find(Customer.class, holder.principalId()))
          .filter(Customer::isActive)
          .map(Authentication::asPrincipal);
    }
    return Optional.ofNullable(em.find(StaffMember.class, holder.principalId()))
        .filter(StaffMember::isActive)
        .map(Authentication::asPrincipal);
  }

  private static SignedIn asPrincipal(Customer customer) {
    return new SignedIn(
        customer.id(), customer.name(), PrincipalKind.CUSTOMER, Set.of(Roles.CUSTOMER));
  }

  private static SignedIn asPrincipal(StaffMember staff) {
    Set<String> roles =
        staff.roles().stream().map(StaffRole::roleName).collect(Collectors.toUnmodifiableSet());
    return new SignedIn(staff.id(), staff.displayName(), PrincipalKind.STAFF, roles);
  }
}
