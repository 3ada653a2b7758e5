package net.genvoice.consent.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.genvoice.consent.control.ConsentRequests;
import net.genvoice.consent.control.ConsentState;
import net.genvoice.consent.control.ConsentStateRows;
import net.genvoice.consent.control.SourceAddresses;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentEvidence;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.entity.Customer;

/**
 * Consent records (P12, P17, P24): every grant and withdrawal is a new {@link ConsentEvent} with
 * its evidence; nothing here updates or deletes one. Each append also sets the purpose's row in the
 * derived {@code consent_state} table (issue 3), which the campaign audience reads; the current
 * state given here and the send-time check are still derived from the history. A customer acts for
 * themselves on the web channel only; a support agent records verbal and written consent only. A
 * refused request writes nothing.
 */
@Stateless
public class Consents {

  @PersistenceContext EntityManager em;
  @Inject ConsentReceipts receipts;
  @Inject StaffCapture staffCapture;

  Clock clock = Clock.systemUTC();

  /** P17, P24: the customer's own consent, given on the web; effective at once. */
  public ConsentEventView grant(
      String customerId, @NotNull @Valid ConsentCommand command, String sourceAddress) {
    FieldErrors errors = new FieldErrors();
    requireSelf(customerId, command.subject(), errors);
    Optional<ConsentRequests.Terms> terms =
        ConsentRequests.grant(
            command.purpose(), command.recipient(), command.scope(), command.data(), errors);
    requireCurrentText(command.textVersion(), errors);
    errors.throwIfAny();
    Customer customer = lockActive(customerId);
    String text = ConsentTexts.of(terms.get());
    ConsentEvidence evidence =
        ConsentEvidence.web(
            text,
            ConsentPurpose.TEXT_VERSION,
            SourceAddresses.truncate(sourceAddress).orElse(null));
    return append(customer, terms.get(), true, evidence);
  }

  /** P12: withdrawal in one step, effective at once; also of an opt-out purpose never granted. */
  public ConsentEventView withdraw(
      String customerId, @NotNull @Valid WithdrawalCommand command, String sourceAddress) {
    FieldErrors errors = new FieldErrors();
    requireSelf(customerId, command.subject(), errors);
    Optional<ConsentKey> key =
        ConsentRequests.withdrawal(command.purpose(), command.recipient(), command.scope(), errors);
    errors.throwIfAny();
    Customer customer = lockActive(customerId);
    var terms = new ConsentRequests.Terms(key.get(), List.of());
    ConsentEvidence evidence =
        ConsentEvidence.web(
            ConsentTexts.of(terms),
            ConsentPurpose.TEXT_VERSION,
            SourceAddresses.truncate(sourceAddress).orElse(null));
    return append(customer, terms, false, evidence);
  }

  /** What a consent event of the Global Privacy Control signal records as shown. */
  public static final String PRIVACY_SIGNAL_TEXT =
      "Your browser sent the Global Privacy Control signal (Sec-GPC: 1). GenVoice treats it as"
          + " your opt-out of sharing your personal information with third parties for their own"
          + " marketing.";

  /**
   * P24: a browser's Global Privacy Control signal is the customer's withdrawal of third-party
   * marketing, recorded once on the browser-signal channel: nothing is written while that consent
   * is already withdrawn, so a signal on every request yields one event. Empty when nothing was
   * written.
   */
  public Optional<ConsentEventView> honourPrivacySignal(String customerId, String sourceAddress) {
    ConsentKey key = ConsentKey.of(ConsentPurpose.THIRD_PARTY_MARKETING, null, null);
    if (!awaitsWithdrawal(requireActive(customerId), key)) {
      return Optional.empty();
    }
    Customer customer = lockActive(customerId);
    if (!awaitsWithdrawal(customer.id(), key)) {
      return Optional.empty(); // another request recorded it while this one waited for the lock
    }
    ConsentEvidence evidence =
        ConsentEvidence.browserSignal(
            PRIVACY_SIGNAL_TEXT,
            ConsentPurpose.TEXT_VERSION,
            SourceAddresses.truncate(sourceAddress).orElse(null));
    return Optional.of(
        append(customer, new ConsentRequests.Terms(key, List.of()), false, evidence));
  }

  /** P17: a consent the customer gave or withdrew verbally, during the referenced call. */
  public ConsentEventView recordVerbal(
      String staffId, @NotNull @Valid CapturedConsentCommand command) {
    StaffCapture.Checked checked = staffCapture.checkVerbal(staffId, command);
    return append(checked.customer(), checked.terms(), command.granted(), checked.evidence());
  }

  /** P17: a consent the customer gave or withdrew in the referenced signed document. */
  public ConsentEventView recordWritten(
      String staffId, @NotNull @Valid CapturedConsentCommand command) {
    StaffCapture.Checked checked = staffCapture.checkWritten(staffId, command);
    return append(checked.customer(), checked.terms(), command.granted(), checked.evidence());
  }

  /** The catalogue of consent purposes, each with the text to show and its version. */
  public List<ConsentPurposeView> catalogue() {
    return Arrays.stream(ConsentPurpose.values()).map(ConsentPurposeView::of).toList();
  }

  /**
   * P12: the current state, derived from the history: every purpose of the catalogue that names no
   * recipient, then every disclosure consent ever recorded.
   */
  public List<ConsentView> currentState(String customerId) {
    ConsentState state = ConsentState.of(historyOf(requireActive(customerId)));
    List<ConsentView> views = new ArrayList<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (!purpose.namesRecipient()) {
        ConsentKey key = ConsentKey.of(purpose, null, null);
        views.add(state.latestOf(key).map(ConsentView::of).orElse(ConsentView.byDefault(key)));
      }
    }
    state.latest().values().stream()
        .filter(event -> event.purpose().namesRecipient())
        .map(ConsentView::of)
        .forEach(views::add);
    return views;
  }

  /** P17: every event, oldest first. */
  public List<ConsentEventView> history(String customerId) {
    return historyOf(requireActive(customerId)).stream()
        .sorted(ConsentState.CHRONOLOGICAL)
        .map(ConsentEventView::of)
        .toList();
  }

  /** P17: the receipt of one of the customer's own events. */
  public ConsentReceipt receipt(String customerId, String eventId) {
    ConsentEvent event = eventId == null ? null : em.find(ConsentEvent.class, eventId);
    if (event == null || !event.subjectId().equals(customerId)) {
      throw new CustomerNotFoundException("consent receipt");
    }
    return receipts.of(event);
  }

  /**
   * P12, P17, P24: whether the subject's consent to the purpose holds now (for a disclosure: to
   * that recipient and scope). An unknown subject has consented to nothing.
   */
  public boolean hasCurrentConsent(
      String subjectId, String recipientId, ConsentPurpose purpose, String scope) {
    if (subjectId == null || purpose == null || em.find(Customer.class, subjectId) == null) {
      return false;
    }
    return ConsentState.of(historyOf(subjectId)).isGranted(purpose, recipientId, scope);
  }

  private ConsentEventView append(
      Customer customer, ConsentRequests.Terms terms, boolean granted, ConsentEvidence evidence) {
    ConsentEvent event =
        new ConsentEvent(
            customer.id(),
            nextSequence(customer.id()),
            terms.key(),
            terms.data(),
            granted,
            evidence,
            clock.instant());
    em.persist(event);
    em.flush();
    project(event);
    return ConsentEventView.of(event);
  }

  /**
   * Issue 3: the event becomes the current state of its purpose in {@code consent_state}, in the
   * same transaction, so the table never lags the history ({@link ConsentStateRows}). The lock on
   * the customer row serialises this for one subject as it does the append.
   */
  private void project(ConsentEvent event) {
    if (!ConsentStateRows.keeps(event.purpose())) {
      return;
    }
    int updated =
        em.createNativeQuery(ConsentStateRows.UPDATE)
            .setParameter(1, event.isGranted())
            .setParameter(2, event.sequence())
            .setParameter(3, event.subjectId())
            .setParameter(4, event.purpose().name())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(ConsentStateRows.INSERT)
          .setParameter(1, event.subjectId())
          .setParameter(2, event.purpose().name())
          .setParameter(3, event.sequence())
          .setParameter(4, event.isGranted())
          .executeUpdate();
    }
  }

  /**
   * The next place in the subject's history. The lock on the customer row serialises writes for one
   * subject; the unique key (subject_id, seq_no) refuses a duplicate all the same.
   */
  private long nextSequence(String subjectId) {
    return em.createNamedQuery(ConsentEvent.LATEST_OF, ConsentEvent.class)
            .setParameter("subject", subjectId)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(ConsentEvent::sequence)
            .orElse(0L)
        + 1;
  }

  /** Whether the key has no event yet or its latest event is a grant. */
  private boolean awaitsWithdrawal(String subjectId, ConsentKey key) {
    return ConsentState.of(historyOf(subjectId))
        .latestOf(key)
        .map(ConsentEvent::isGranted)
        .orElse(true);
  }

  private List<ConsentEvent> historyOf(String subjectId) {
    return em.createNamedQuery(ConsentEvent.HISTORY_OF, ConsentEvent.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  private String requireActive(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer.id();
  }

  private Customer lockActive(String customerId) {
    Customer customer =
        customerId == null
            ? null
            : em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer;
  }

  private static void requireSelf(String customerId, String subject, FieldErrors errors) {
    if (subject != null && !subject.equals(customerId)) {
      errors.add("subject", "Consent can only be given or withdrawn for yourself");
    }
  }

  static void requireCurrentText(String textVersion, FieldErrors errors) {
    if (!ConsentPurpose.TEXT_VERSION.equals(textVersion)) {
      errors.add(
          "textVersion",
          "The consent text has changed: read version "
              + ConsentPurpose.TEXT_VERSION
              + " and confirm again");
    }
  }
}
