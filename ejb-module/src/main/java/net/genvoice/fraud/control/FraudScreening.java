package net.genvoice.fraud.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.decision.boundary.AutomatedDecisions;
import net.genvoice.decision.entity.AutomatedDecision;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.decision.entity.DecisionOutcome;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;
import net.genvoice.disclosure.registry.control.RegistrySnapshots;
import net.genvoice.fraud.control.FraudAssessment.Recommendation;

/**
 * P11, P20, P22: screens a sign-up or a new payment method with the fraud-prevention service and
 * decides automatically on its recommendation. The release is decided by the policy engine and
 * recorded (purpose {@code PREVENT_FRAUD}, basis {@code FRAUD_PROTECTION} with the screening as its
 * reference) and carries only the held fields the registry lets the service receive for it.
 *
 * <ul>
 *   <li>accept: approved, the request goes on;
 *   <li>review: the request goes on too, and the decision is recorded as REVIEW, the list staff
 *       work through (an account is not held up for a person who may look at it hours later; a
 *       review that finds fraud closes the account like any other case);
 *   <li>reject: the refusal is recorded on its own and {@link FraudRejectedException} rolls back
 *       everything else.
 * </ul>
 *
 * An unavailable service (no answer, HTTP 5xx, its circuit open) fails the request closed with the
 * gateway's {@code provider-unavailable}, as an unavailable card provider does: nothing is kept and
 * the person tries again later. A release the engine denies (the registry no longer allows the
 * screening) fails the request likewise, with the engine's reason code.
 */
@ApplicationScoped
public class FraudScreening {

  @Inject FraudScreeningGateway gateway;
  @Inject OutboundReleases releases;
  @Inject RegistrySnapshots registry;
  @EJB AutomatedDecisions decisions;

  /**
   * Screens {@code what} of the customer {@code subjectId} with those of the {@code held} values
   * (null values ignored) that the registry allows.
   *
   * @return the recorded decision: APPROVED or REVIEW
   * @throws FraudRejectedException when the service recommends rejecting it
   */
  public AutomatedDecisionView screen(
      String subjectId, ScreeningSubject what, Map<DisclosableField, String> held) {
    Set<DisclosableField> fields = fieldsToSend(held);
    record Answer(FraudAssessment assessment, String releaseId, List<String> sent) {}
    Answer answer =
        releases.release(
            new ReleaseCommand(
                subjectId,
                gateway.recipientId(),
                Purpose.PREVENT_FRAUD,
                LegalBasis.FRAUD_PROTECTION,
                fields,
                "fraud screening of " + label(what),
                null,
                UUID.randomUUID().toString()),
            held,
            subject ->
                new Answer(
                    gateway.screen(subject, what),
                    subject.releaseId(),
                    subject.fields().stream().map(DisclosableField::fieldName).sorted().toList()));
    FraudAssessment assessment = answer.assessment();
    DecisionOutcome outcome = outcomeOf(assessment.recommendation());
    AutomatedDecision.Facts facts =
        new AutomatedDecision.Facts(
            subjectId,
            DecisionKind.FRAUD_SCREENING,
            label(what),
            outcome,
            assessment.score(),
            assessment.reasons(),
            answer.sent(),
            method(what, outcome),
            assessment.screeningId(),
            answer.releaseId());
    if (outcome == DecisionOutcome.DECLINED) {
      throw new FraudRejectedException(what, decisions.recordRefusal(facts));
    }
    return decisions.record(facts);
  }

  /**
   * The held fields the registry allows; all of them when it allows none, so the engine says why.
   */
  private Set<DisclosableField> fieldsToSend(Map<DisclosableField, String> held) {
    Set<DisclosableField> present = EnumSet.noneOf(DisclosableField.class);
    held.forEach(
        (field, value) -> {
          if (value != null && !value.isBlank()) {
            present.add(field);
          }
        });
    var allowed = registry.current().allowedFields(gateway.recipientId(), Purpose.PREVENT_FRAUD);
    Set<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
    present.stream().filter(allowed::contains).forEach(fields::add);
    return fields.isEmpty() ? present : fields;
  }

  static DecisionOutcome outcomeOf(Recommendation recommendation) {
    return switch (recommendation) {
      case ACCEPT -> DecisionOutcome.APPROVED;
      case REVIEW -> DecisionOutcome.REVIEW;
      case REJECT -> DecisionOutcome.DECLINED;
    };
  }

  static String label(ScreeningSubject what) {
    return what == ScreeningSubject.SIGN_UP ? "sign-up" : "payment-method";
  }

  /** The rule, in words the customer reads (at most 100 characters: {@code automated_decision}). */
  static String method(ScreeningSubject what, DecisionOutcome outcome) {
    String of =
        "fraud screening of "
            + (what == ScreeningSubject.SIGN_UP ? "your sign-up" : "a new payment method")
            + ": ";
    return of
        + switch (outcome) {
          case APPROVED -> "accepted, as the service recommended";
          case REVIEW -> "accepted; a person at GenVoice reviews it, as asked";
          case DECLINED -> "refused, as the service recommended; a person may review it";
        };
  }
}
