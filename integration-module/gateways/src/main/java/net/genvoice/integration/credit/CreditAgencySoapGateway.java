package net.genvoice.integration.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import net.genvoice.credit.control.CreditAgencyGateway;
import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.integration.credit.soap.CreditAgencyClient;
import net.genvoice.integration.partner.PartnerFailures;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credit reporting agency over SOAP ({@link CreditAgencyClient}). P21: only a credit inquiry,
 * only with the customer's name (and their address and national id where released), always with the
 * permissible purpose of the customer's own credit application.
 */
@Stateless
public class CreditAgencySoapGateway implements CreditAgencyGateway {

  static final String AGENCY = "credit reporting agency";

  @Inject CreditAgencyClient client;

  @Inject
  @ConfigProperty(name = "genvoice.credit.recipient", defaultValue = "credit-agency")
  String recipientId;

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public CreditReport inquire(ReleasedData consumer, InquiryKind kind, String reference) {
    consumer.requireFor(
        recipientId,
        Purpose.CREDIT_INQUIRY,
        Set.of(DisclosableField.CUSTOMER_NAME),
        CreditAgencyClient.OPTIONAL_FIELDS);
    try {
      return client.inquire(consumer, kind, reference);
    } catch (PartnerRefusedException e) {
      throw new ProviderUnavailableException(AGENCY);
    } catch (RuntimeException e) {
      throw PartnerFailures.isUnavailability(e) ? PartnerFailures.unavailable(AGENCY, e) : e;
    }
  }
}
