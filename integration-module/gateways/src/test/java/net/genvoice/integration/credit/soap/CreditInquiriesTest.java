package net.genvoice.integration.credit.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.integration.partner.TestReleases;
import org.junit.jupiter.api.Test;

/** The SOAP request carries the released fields and the permissible purpose, nothing else. */
class CreditInquiriesTest {

  @Test
  void aSoftInquiryWithTheNameAndAddressOnly() {
    CreditInquiryRequest request =
        CreditInquiries.request(
            TestReleases.released(
                "credit-agency",
                Purpose.CREDIT_INQUIRY,
                Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_ADDRESS)),
            InquiryKind.SOFT,
            "application-1");

    assertEquals(InquiryType.SOFT, request.getInquiryType());
    assertEquals(PermissiblePurpose.CONSUMER_CREDIT_APPLICATION, request.getPermissiblePurpose());
    assertEquals("application-1", request.getReference());
    assertEquals("Ada Lovelace", request.getConsumer().getFullName());
    assertEquals("1 Main St, Springfield, IL 62701, US", request.getConsumer().getPostalAddress());
    assertNull(request.getConsumer().getNationalId(), "the national id was not released");
  }

  @Test
  void aFieldAnInquiryCannotCarryIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () ->
            CreditInquiries.request(
                TestReleases.released(
                    "credit-agency",
                    Purpose.CREDIT_INQUIRY,
                    Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_EMAIL)),
                InquiryKind.HARD,
                "application-1"));
  }
}
