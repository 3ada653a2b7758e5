package net.genvoice.integration.credit.soap;

import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * Between GenVoice's types and the agency's generated ones. The request is built from the release
 * alone: the consumer's name, and the address and national id only when released (P21, P23).
 */
public final class CreditInquiries {

  private CreditInquiries() {}

  public static CreditInquiryRequest request(
      ReleasedData released, InquiryKind kind, String reference) {
    Consumer consumer = new Consumer();
    consumer.setFullName(released.value(DisclosableField.CUSTOMER_NAME));
    if (released.has(DisclosableField.CUSTOMER_ADDRESS)) {
      consumer.setPostalAddress(released.value(DisclosableField.CUSTOMER_ADDRESS));
    }
    if (released.has(DisclosableField.CUSTOMER_GOVERNMENT_ID)) {
      consumer.setNationalId(released.value(DisclosableField.CUSTOMER_GOVERNMENT_ID));
    }
    for (DisclosableField field : released.fields()) {
      if (field != DisclosableField.CUSTOMER_NAME
          && !CreditAgencyClient.OPTIONAL_FIELDS.contains(field)) {
        throw new IllegalStateException("An inquiry cannot carry " + field.fieldName());
      }
    }
    CreditInquiryRequest request = new CreditInquiryRequest();
    request.setInquiryType(InquiryType.valueOf(kind.name()));
    request.setPermissiblePurpose(PermissiblePurpose.CONSUMER_CREDIT_APPLICATION);
    request.setReference(reference);
    request.setConsumer(consumer);
    return request;
  }

  public static CreditReport report(CreditInquiryResponse response) {
    return new CreditReport(
        response.getInquiryId(),
        response.getScore(),
        response.getReason().stream().map(r -> r.getCode() + ": " + r.getDescription()).toList(),
        response.isNotedOnCreditRecord());
  }
}
