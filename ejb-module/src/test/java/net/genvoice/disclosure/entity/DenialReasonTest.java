package net.genvoice.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reason codes are a published interface: partners and the ledger rely on them. */
class DenialReasonTest {

  @Test
  void theCodesAreStable() {
    assertEquals(
        List.of(
            "sale-never-permitted",
            "internal-only-data",
            "unknown-recipient",
            "purpose-not-allowed-for-recipient-kind",
            "purpose-not-registered",
            "no-fields-requested",
            "field-not-allowed",
            "basis-not-valid-for-purpose",
            "reference-missing",
            "issuing-authority-missing",
            "consent-missing",
            "no-open-credit-application"),
        Arrays.stream(DenialReason.values()).map(DenialReason::code).toList());
  }

  @Test
  void eachReasonHasASharedDenialWithItsExplanation() {
    for (DenialReason reason : DenialReason.values()) {
      Decision denial = Decision.deny(reason);
      assertSame(denial, Decision.deny(reason));
      assertFalse(denial.isPermitted());
      assertEquals(reason, denial.reason().orElseThrow());
      assertEquals(reason.explanation(), denial.explanation());
      assertTrue(denial.fields().isEmpty());
    }
  }

  @Test
  void aPermitCarriesItsFieldsAndNoReason() {
    FieldSet fields = FieldSet.of(DisclosableField.CUSTOMER_NAME);
    Decision permit = Decision.permit(fields);

    assertTrue(permit.isPermitted());
    assertSame(fields, permit.fields());
    assertTrue(permit.reason().isEmpty());
  }
}
