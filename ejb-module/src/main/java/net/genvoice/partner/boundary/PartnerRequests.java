package net.genvoice.partner.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.partner.control.CustomerDataQueries;
import net.genvoice.partner.control.CustomerSubjects;
import net.genvoice.partner.entity.PartnerChannel;
import net.genvoice.platform.error.BusinessException;

/**
 * A partner asks for a customer's data (P14, P15, P19, P23 on the inbound path): the request is
 * checked, the customer found, and {@link Disclosures#answer} decides as the partner's own registry
 * entry, on the basis of what performing the service needs, recording the decision in the
 * customer's ledger whatever it is. A permit answers exactly the permitted fields' values, recorded
 * as one RELEASE entry that carries its outcome; a denial is thrown with its reason code. A request
 * refused before a customer is known (bad input, no such customer), or one that failed before
 * anything was released, is recorded in the partner audit instead.
 *
 * <p>No transaction of its own: decision, values and record are committed by {@link Disclosures} in
 * one of their own, so the record never depends on what happens to the answer afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerRequests {

  @EJB Disclosures disclosures;
  @Inject CustomerSubjects subjects;
  @EJB PartnerAudit accessLog;

  /**
   * @throws net.genvoice.platform.error.InvalidInputException for a malformed request
   * @throws UnknownCustomerException when no active customer matches
   * @throws DisclosureRefusedException when the policy engine refuses (recorded in the ledger)
   */
  public CustomerDataView answer(
      PartnerCaller caller,
      CustomerDataCommand command,
      PartnerChannel channel,
      String remoteAddress) {
    CustomerDataQueries.Checked request;
    String subjectId;
    try {
      request = CustomerDataQueries.check(command);
      subjectId =
          request
              .customerId()
              .flatMap(subjects::byId)
              .or(() -> request.phoneNumber().flatMap(subjects::byPhone))
              .orElseThrow(UnknownCustomerException::new);
    } catch (BusinessException refused) {
      accessLog.refused(
          caller.partnerId(),
          channel,
          refused.code(),
          command == null ? null : command.requestId(),
          remoteAddress);
      throw refused;
    }
    Disclosures.Answer answer;
    try {
      answer =
          disclosures.answer(
              new ReleaseCommand(
                  subjectId,
                  caller.recipientId(),
                  request.purpose(),
                  LegalBasis.SERVICE_NECESSITY, // P19, P23: only what performing the service needs
                  request.fields(),
                  null,
                  null,
                  request.requestId()),
              channel.name());
    } catch (RuntimeException failed) {
      // nothing was released (the decision's transaction rolled back): the attempt stays on record
      accessLog.refused(
          caller.partnerId(), channel, "internal-error", request.requestId(), remoteAddress);
      throw failed;
    }
    Release release = answer.release();
    if (!release.permitted()) {
      throw new DisclosureRefusedException(
          release.reasonCode(), release.explanation(), release.releaseId());
    }
    Map<DisclosableField, String> values = answer.values();
    Map<String, String> data = new LinkedHashMap<>();
    values.forEach((field, value) -> data.put(field.fieldName(), value));
    return new CustomerDataView(request.requestId(), release.releaseId(), data);
  }
}
