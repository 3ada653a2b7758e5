package net.genvoice.credit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.credit.control.CreditAgencyGateway;
import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.credit.entity.CreditApplication;
import net.genvoice.decision.entity.AutomatedDecision;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.decision.entity.DecisionOutcome;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;

/**
 * P21: the credit inquiry on a customer's open credit application, soft unless the terms applied
 * for need a hard one. It always asks the policy engine (which permits it only while an application
 * is open, and records a refusal) before anything is sent; the agency gets the name and address
 * only. P22: the result is decided automatically (approved at a score of at least {@value
 * #APPROVING_SCORE}), recorded with its inputs, score and reasons, shown on the application, and
 * the application is decided.
 */
@Stateless
public class CreditChecks {

  static final int APPROVING_SCORE = 650;
  static final Set<DisclosableField> INQUIRY =
      Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_ADDRESS);

  @PersistenceContext EntityManager em;
  @EJB CreditApplications applications;
  @Inject OutboundReleases releases;
  @Inject CreditAgencyGateway agency;

  Clock clock = Clock.systemUTC();

  /**
   * Inquires on the customer's open application.
   *
   * @throws net.genvoice.disclosure.outbound.ReleaseDeniedException {@code
   *     no-open-credit-application} when none is open: nothing reaches the agency
   */
  public CreditCheckView inquire(String customerId) {
    String applicationId =
        applications.openApplication(customerId).map(CreditApplicationView::id).orElse(null);
    CreditApplication application =
        applicationId == null ? null : em.find(CreditApplication.class, applicationId);
    InquiryKind kind =
        application != null && CreditApplication.FINANCING_TERMS.equals(application.terms())
            ? InquiryKind.HARD
            : InquiryKind.SOFT;
    record Answer(CreditReport report, String releaseId, List<String> sent) {}
    Answer answer =
        releases.release(
            new ReleaseCommand(
                customerId,
                agency.recipientId(),
                Purpose.CREDIT_INQUIRY,
                LegalBasis.SERVICE_NECESSITY,
                INQUIRY,
                applicationId == null ? null : "credit application " + applicationId,
                null,
                UUID.randomUUID().toString()),
            Map.of(),
            consumer ->
                new Answer(
                    agency.inquire(consumer, kind, applicationId),
                    consumer.releaseId(),
                    consumer.fields().stream().map(DisclosableField::fieldName).sorted().toList()));
    AutomatedDecision decision =
        new AutomatedDecision(
            new AutomatedDecision.Facts(
                customerId,
                DecisionKind.CREDITWORTHINESS,
                applicationId,
                answer.report().score() >= APPROVING_SCORE
                    ? DecisionOutcome.APPROVED
                    : DecisionOutcome.DECLINED,
                answer.report().score(),
                answer.report().reasons(),
                answer.sent(),
                method(kind, answer.report()),
                answer.report().inquiryId(),
                answer.releaseId()),
            clock.instant());
    em.persist(decision);
    applications.decide(applicationId);
    return CreditCheckView.of(decision);
  }

  /** P21: the inquiry right after an application was opened and committed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CreditCheckView inquireOnOpening(String customerId) {
    return inquire(customerId);
  }

  private static String method(InquiryKind kind, CreditReport report) {
    return (kind == InquiryKind.HARD ? "hard" : "soft")
        + " credit inquiry"
        + (report.notedOnCreditRecord() ? ", noted on your credit record" : "")
        + "; approved at a score of "
        + APPROVING_SCORE
        + " or more";
  }
}
