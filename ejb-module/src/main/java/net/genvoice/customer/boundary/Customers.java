package net.genvoice.customer.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.customer.control.ContactDetails;
import net.genvoice.customer.control.EmailAddresses;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.control.PaymentMethodEnrolment;
import net.genvoice.customer.control.PhoneNumbers;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.CustomerStatus;
import net.genvoice.customer.entity.PaymentMethod;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.fraud.control.FraudScreening;
import net.genvoice.fraud.control.ScreeningSubject;
import net.genvoice.identity.boundary.AccessTokens;
import net.genvoice.identity.control.Passwords;
import net.genvoice.identity.entity.TokenPurpose;
import net.genvoice.platform.error.InvalidInputException;

/**
 * Customer accounts (P01, P03). Every method runs in one transaction: a refused request leaves
 * nothing written. The caller's identity is the customer id its edge authenticated; a customer
 * reaches only their own data.
 */
@Stateless
public class Customers {

  @PersistenceContext EntityManager em;
  @Inject ContactDetails contact;
  @Inject PaymentMethodEnrolment enrolment;
  @Inject Passwords passwords;
  @EJB AccessTokens tokens;
  @Inject EmailAddresses emails;
  @Inject PhoneNumbers phones;
  @Inject FraudScreening screening;

  /** At most this many customers answer one look-up (a phone number may be shared). */
  static final int LOOKUP_LIMIT = 50;

  Clock clock = Clock.systemUTC();

  /** P03: {@link #signUp(SignUpCommand, String)} from an unknown address. */
  public CustomerView signUp(@NotNull @Valid SignUpCommand command) {
    return signUp(command, null);
  }

  /**
   * P03: creates an account with name, email, phone, password, address and a payment method. P11,
   * P20: the sign-up is screened for fraud first (with the client's IP address when known), so a
   * rejected one sends its card nowhere and leaves nothing written but the records of the releases
   * and of the refusal.
   *
   * @throws net.genvoice.fraud.control.FraudRejectedException when the screening rejects it
   */
  public CustomerView signUp(@NotNull @Valid SignUpCommand command, String clientAddress) {
    FieldErrors errors = new FieldErrors();
    ContactDetails.Checked checked =
        contact.check(
            command.name(),
            command.email(),
            command.phone(),
            command.password(),
            command.address(),
            errors);
    enrolment.validate(command.paymentMethod(), "paymentMethod.", errors);
    errors.throwIfAny();
    requireFreeEmail(checked.email());
    Customer customer =
        new Customer(
            command.name().trim(),
            checked.email(),
            checked.phone(),
            passwords.hash(command.password()),
            PaymentMethodEnrolment.postal(command.address()),
            null,
            clock.instant());
    screening.screen(
        customer.id(),
        ScreeningSubject.SIGN_UP,
        screeningValues(customer, command.paymentMethod(), clientAddress));
    customer.add(enrolment.enrol(command.paymentMethod(), customer.id(), customer.name()));
    persist(customer);
    return CustomerView.of(customer);
  }

  public CustomerView profile(String customerId) {
    return CustomerView.of(find(customerId));
  }

  /** Corrects name, phone or address; a new email needs the current password. */
  public CustomerView correct(String customerId, @NotNull @Valid ProfileCorrection correction) {
    Customer customer = find(customerId);
    FieldErrors errors = new FieldErrors();
    var checked = contact.checkCorrection(customer, correction, errors);
    if (correction.email() != null
        && !passwords.matches(correction.currentPassword(), customer.passwordHash())) {
      errors.add("currentPassword", "Enter your current password to change your email address");
    }
    errors.throwIfAny();
    if (correction.name() != null) {
      customer.rename(correction.name().trim());
    }
    checked.phone().ifPresent(customer::changePhone);
    if (correction.address() != null) {
      customer.moveTo(PaymentMethodEnrolment.postal(correction.address()));
    }
    if (checked.email().isPresent() && !checked.email().get().equals(customer.email())) {
      requireFreeEmail(checked.email().get());
      customer.changeEmail(checked.email().get());
    }
    flush();
    return CustomerView.of(customer);
  }

  public List<PaymentMethodView> paymentMethods(String customerId) {
    return find(customerId).paymentMethods().stream().map(PaymentMethodView::of).toList();
  }

  public PaymentMethodView addPaymentMethod(
      String customerId, @NotNull @Valid PaymentMethodCommand command) {
    return addPaymentMethod(customerId, command, null);
  }

  /**
   * Adds a payment method once the fraud screening (P11, P20) let it through.
   *
   * @throws net.genvoice.fraud.control.FraudRejectedException when the screening rejects it
   */
  public PaymentMethodView addPaymentMethod(
      String customerId, @NotNull @Valid PaymentMethodCommand command, String clientAddress) {
    Customer customer = find(customerId);
    FieldErrors errors = new FieldErrors();
    enrolment.validate(command, "", errors);
    errors.throwIfAny();
    screening.screen(
        customer.id(),
        ScreeningSubject.PAYMENT_METHOD,
        screeningValues(customer, command, clientAddress));
    PaymentMethod method = customer.add(enrolment.enrol(command, customer.id(), customer.name()));
    flush();
    return PaymentMethodView.of(method);
  }

  public void removePaymentMethod(String customerId, String paymentMethodId) {
    Customer customer = find(customerId);
    PaymentMethod method = paymentMethodOf(customer, paymentMethodId);
    if (customer.paymentMethods().size() == 1 && !customer.isSeatHolder()) {
      throw InvalidInputException.of(
          "paymentMethod",
          "An account needs a payment method: add another one before removing this one");
    }
    customer.remove(method);
    flush();
  }

  public List<PaymentMethodView> chooseDefaultPaymentMethod(
      String customerId, String paymentMethodId) {
    Customer customer = find(customerId);
    customer.chooseDefault(paymentMethodOf(customer, paymentMethodId));
    flush();
    return customer.paymentMethods().stream().map(PaymentMethodView::of).toList();
  }

  /** P01: the seats this customer pays for. */
  public List<SeatView> seats(String payerId) {
    return em.createNamedQuery(Customer.SEATS_OF, Customer.class)
        .setParameter("payer", find(payerId))
        .setParameter("status", CustomerStatus.ACTIVE)
        .getResultStream()
        .map(SeatView::of)
        .toList();
  }

  /** P01: adds a seat holder: a customer with their own login, paid for by this customer. */
  public SeatView addSeat(String payerId, @NotNull @Valid SeatCommand command) {
    Customer payer = find(payerId);
    if (payer.isSeatHolder()) {
      throw InvalidInputException.of(
          "seat", "A seat holder cannot buy seats; the paying customer can");
    }
    FieldErrors errors = new FieldErrors();
    var address =
        command.address() == null ? CustomerView.address(payer.address()) : command.address();
    ContactDetails.Checked checked =
        contact.check(
            command.name(), command.email(), command.phone(), command.password(), address, errors);
    errors.throwIfAny();
    requireFreeEmail(checked.email());
    Customer seatHolder =
        new Customer(
            command.name().trim(),
            checked.email(),
            checked.phone(),
            passwords.hash(command.password()),
            PaymentMethodEnrolment.postal(address),
            payer,
            clock.instant());
    persist(seatHolder);
    return SeatView.of(seatHolder);
  }

  /** Removes a seat: the seat holder's account is closed and their tokens revoked. */
  public void removeSeat(String payerId, String seatHolderId) {
    Customer seatHolder = em.find(Customer.class, seatHolderId);
    if (seatHolder == null
        || !seatHolder.isActive()
        || seatHolder.payer() == null
        || !seatHolder.payer().id().equals(payerId)) {
      throw new CustomerNotFoundException("seat");
    }
    seatHolder.close();
    tokens.revokeAll(seatHolderId, TokenPurpose.API);
    tokens.revokeAll(seatHolderId, TokenPurpose.REMEMBER_ME);
  }

  /**
   * A support agent finds the customer on the line by email address or by phone number (in
   * international form), exactly one of the two. Only open accounts are found; every input problem
   * is reported at once.
   */
  public List<CustomerSummaryView> lookUp(String email, String phone) {
    FieldErrors errors = new FieldErrors();
    boolean byEmail = email != null && !email.isBlank();
    boolean byPhone = phone != null && !phone.isBlank();
    if (byEmail == byPhone) {
      String message =
          byEmail
              ? "Search by email address or by phone number, not both"
              : "Enter the customer's email address or phone number";
      errors.add("email", message);
      errors.add("phone", message);
    }
    var normalisedEmail = byEmail ? emails.normalise(email) : Optional.<String>empty();
    if (byEmail && normalisedEmail.isEmpty()) {
      errors.add("email", "Enter a valid email address, like name@example.com");
    }
    // no country to read a national number in: only the international form is unambiguous
    var e164 = byPhone ? phones.toE164(phone, null) : Optional.<String>empty();
    if (byPhone && e164.isEmpty()) {
      errors.add("phone", "Enter the phone number in international form, like +1 415 555 0100");
    }
    errors.throwIfAny();
    var query =
        byEmail
            ? em.createNamedQuery(Customer.BY_EMAIL, Customer.class)
                .setParameter("email", normalisedEmail.get())
            : em.createQuery(
                    "select c from Customer c where c.phone = :phone order by c.name",
                    Customer.class)
                .setParameter("phone", e164.get());
    return query
        .setMaxResults(LOOKUP_LIMIT)
        .getResultStream()
        .filter(Customer::isActive)
        .map(CustomerSummaryView::of)
        .toList();
  }

  /** Who an open account belongs to, for the support agent who found it; empty otherwise. */
  public Optional<CustomerSummaryView> summary(String customerId) {
    return Optional.ofNullable(customerId == null ? null : em.find(Customer.class, customerId))
        .filter(Customer::isActive)
        .map(CustomerSummaryView::of);
  }

  private Customer find(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer;
  }

  private static PaymentMethod paymentMethodOf(Customer customer, String paymentMethodId) {
    return customer
        .paymentMethod(paymentMethodId)
        .orElseThrow(() -> new CustomerNotFoundException("payment method"));
  }

  /** P11, P20: what the fraud screening may be given; the registry decides what it gets. */
  private Map<DisclosableField, String> screeningValues(
      Customer customer, PaymentMethodCommand method, String clientAddress) {
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    values.put(DisclosableField.CUSTOMER_NAME, customer.name());
    values.put(DisclosableField.CUSTOMER_EMAIL, customer.email());
    values.put(DisclosableField.CUSTOMER_PHONE, customer.phone());
    if (customer.address() != null) {
      values.put(DisclosableField.CUSTOMER_ADDRESS, customer.address().oneLine());
    }
    if (clientAddress != null && !clientAddress.isBlank()) {
      values.put(DisclosableField.SESSION_IP_ADDRESS, clientAddress.strip());
    }
    values.putAll(enrolment.screeningValues(method));
    return values;
  }

  private void requireFreeEmail(String email) {
    if (!em.createNamedQuery(Customer.BY_EMAIL, Customer.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty()) {
      throw new EmailTakenException();
    }
  }

  private void persist(Customer customer) {
    em.persist(customer);
    flush();
  }

  /** A unique-key race on the email surfaces here, inside the transaction, as a conflict. */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (String.valueOf(rootCause(e).getMessage()).toLowerCase().contains("uq_customer_email")) {
        throw new EmailTakenException();
      }
      throw e;
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
