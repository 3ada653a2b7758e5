package net.genvoice.consent.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import net.genvoice.consent.control.ConsentRequests;
import net.genvoice.consent.entity.ConsentEvidence;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.entity.Customer;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.staff.entity.StaffMember;
import net.genvoice.staff.entity.StaffRole;

/**
 * P17: checks a consent a support agent records from a call or a signed document: an active support
 * agent, an existing customer, the evidence reference of the channel. Every problem is reported at
 * once and nothing is written when there is one. There is no web channel here: an agent can never
 * give a customer's web consent.
 */
@ApplicationScoped
class StaffCapture {

  /** A capture that passed every check, with the customer row locked. */
  record Checked(Customer customer, ConsentRequests.Terms terms, ConsentEvidence evidence) {}

  @PersistenceContext EntityManager em;

  Checked checkVerbal(String staffId, CapturedConsentCommand command) {
    FieldErrors errors = new FieldErrors();
    require(
        command.callReference(), "callReference", "Name the call the consent was given in", errors);
    refuse(
        command.documentReference(),
        "documentReference",
        "A verbal consent has no document",
        errors);
    Checked checked = check(staffId, command, errors);
    return new Checked(
        checked.customer(),
        checked.terms(),
        ConsentEvidence.verbal(
            ConsentTexts.of(checked.terms()),
            ConsentPurpose.TEXT_VERSION,
            staffId,
            command.callReference().strip()));
  }

  Checked checkWritten(String staffId, CapturedConsentCommand command) {
    FieldErrors errors = new FieldErrors();
    require(
        command.documentReference(),
        "documentReference",
        "Name the signed document the consent was given in",
        errors);
    refuse(command.callReference(), "callReference", "A written consent has no call", errors);
    Checked checked = check(staffId, command, errors);
    return new Checked(
        checked.customer(),
        checked.terms(),
        ConsentEvidence.written(
            ConsentTexts.of(checked.terms()),
            ConsentPurpose.TEXT_VERSION,
            staffId,
            command.documentReference().strip()));
  }

  private Checked check(String staffId, CapturedConsentCommand command, FieldErrors errors) {
    if (!isSupportAgent(staffId)) {
      errors.add("capturedBy", "Only an active support agent can record a customer's consent");
    }
    var terms =
        Boolean.FALSE.equals(command.granted())
            ? ConsentRequests.withdrawal(
                    command.purpose(), command.recipient(), command.scope(), errors)
                .map(key -> new ConsentRequests.Terms(key, List.of()))
            : ConsentRequests.grant(
                command.purpose(), command.recipient(), command.scope(), command.data(), errors);
    if (!Boolean.FALSE.equals(command.granted())) {
      Consents.requireCurrentText(command.textVersion(), errors);
    }
    Customer customer =
        command.customerId() == null
            ? null
            : em.find(Customer.class, command.customerId(), LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || !customer.isActive()) {
      errors.add("customerId", "No such customer");
    }
    errors.throwIfAny();
    return new Checked(customer, terms.get(), null);
  }

  /**
   * A staff member of GenVoice's own table must be an active support agent there. Company-directory
   * staff have no row: the directory gave them the support-agent role, which the web edge checked
   * before the call (the support area admits no one else).
   */
  private boolean isSupportAgent(String staffId) {
    if (staffId == null || staffId.isBlank()) {
      return false;
    }
    if (staffId.startsWith(Authentication.DIRECTORY_PREFIX)) {
      return staffId.length() > Authentication.DIRECTORY_PREFIX.length();
    }
    StaffMember agent = em.find(StaffMember.class, staffId);
    return agent != null && agent.isActive() && agent.roles().contains(StaffRole.SUPPORT_AGENT);
  }

  private static void require(String value, String field, String message, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, message);
    }
  }

  private static void refuse(String value, String field, String message, FieldErrors errors) {
    if (value != null && !value.isBlank()) {
      errors.add(field, message);
    }
  }
}
