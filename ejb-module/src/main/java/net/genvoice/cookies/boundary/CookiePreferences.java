package net.genvoice.cookies.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.entity.ConsentChannel;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.cookies.control.CookieChoices;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.cookies.entity.CookieChoiceHistory;
import net.genvoice.cookies.entity.CookieConsentChanged;
import net.genvoice.customer.control.FieldErrors;

/**
 * P06, P25: a signed-in customer's cookie choice is their consent history for the cookie purposes;
 * every change is recorded through {@link Consents} on the web channel, and only what changed. A
 * customer who has never chosen has no recorded choice: the portal then asks again.
 */
@Stateless
public class CookiePreferences {

  static final String COOKIE_EVENTS =
      "select e from ConsentEvent e where e.subjectId = :subject and e.purpose in :purposes"
          + " order by e.sequence";
  static final String LATEST_EVENT_OF =
      "select e from ConsentEvent e where e.subjectId = :subject and e.purpose = :purpose"
          + " order by e.sequence desc";

  @PersistenceContext EntityManager em;
  @EJB Consents consents;
  @Inject Event<CookieConsentChanged> changes;

  /** The customer's recorded choice; empty when they never chose. */
  public Optional<CookieChoice> recorded(String customerId) {
    return history(customerId).latest();
  }

  /** P06: the customer's cookie consents over time, to read the choice as of any moment. */
  public CookieChoiceHistory history(String customerId) {
    if (customerId == null) {
      return new CookieChoiceHistory(List.of());
    }
    List<ConsentPurpose> purposes =
        CookieCategory.optional().stream().map(c -> c.purpose().orElseThrow()).toList();
    List<CookieChoiceHistory.Change> changes = new ArrayList<>();
    for (ConsentEvent event :
        em.createQuery(COOKIE_EVENTS, ConsentEvent.class)
            .setParameter("subject", customerId)
            .setParameter("purposes", purposes)
            .getResultList()) {
      CookieCategory.ofPurpose(event.purpose())
          .ifPresent(
              category ->
                  changes.add(
                      new CookieChoiceHistory.Change(
                          event.recordedAt(), category, event.isGranted())));
    }
    return new CookieChoiceHistory(changes);
  }

  /**
   * Records the choice as consent events on the web channel: one per category whose recorded state
   * differs (every category the first time). P06: a withdrawal takes effect at once.
   */
  public CookieChoice record(
      String customerId, @NotNull CookieChoice choice, String sourceAddress) {
    Map<CookieCategory, Boolean> current = history(customerId).latestStates();
    for (CookieCategory category : CookieCategory.optional()) {
      boolean wanted = choice.allows(category);
      if (Boolean.valueOf(wanted).equals(current.get(category))) {
        continue;
      }
      String purpose = category.purpose().orElseThrow().code();
      if (wanted) {
        consents.grant(
            customerId,
            new ConsentCommand(purpose, null, null, null, ConsentPurpose.TEXT_VERSION, null),
            sourceAddress);
      } else {
        consents.withdraw(
            customerId, new WithdrawalCommand(purpose, null, null, null), sourceAddress);
      }
      changes.fire(new CookieConsentChanged(customerId, category, wanted));
    }
    return choice;
  }

  /** The REST form of {@link #record}: unknown categories are refused and nothing is written. */
  public CookiePreferencesView update(
      String customerId,
      @NotNull @Valid CookiePreferencesCommand command,
      String sourceAddress,
      boolean signalSent) {
    FieldErrors errors = new FieldErrors();
    Optional<CookieChoice> choice = CookieChoices.read(command.categories(), errors);
    errors.throwIfAny();
    record(customerId, choice.orElseThrow(), sourceAddress);
    return view(customerId, signalSent);
  }

  public CookiePreferencesView view(String customerId, boolean signalSent) {
    Optional<CookieChoice> recorded = recorded(customerId);
    return CookiePreferencesView.of(
        recorded.isPresent(),
        recorded.orElse(CookieChoice.NONE),
        signalSent,
        privacySignalRecordedAt(customerId).orElse(null));
  }

  /**
   * P24: when the customer's opt-out of third-party marketing came from their browser's Global
   * Privacy Control signal and still holds, the time it was recorded.
   */
  public Optional<Instant> privacySignalRecordedAt(String customerId) {
    return em.createQuery(LATEST_EVENT_OF, ConsentEvent.class)
        .setParameter("subject", customerId)
        .setParameter("purpose", ConsentPurpose.THIRD_PARTY_MARKETING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .filter(event -> !event.isGranted())
        .filter(event -> event.evidence().channel() == ConsentChannel.BROWSER_SIGNAL)
        .map(ConsentEvent::recordedAt);
  }
}
