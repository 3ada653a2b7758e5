package net.genvoice.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

  @Test
  void nothingCoversSale() {
    // P15
    for (LegalBasis basis : LegalBasis.values()) {
      assertFalse(basis.covers(Purpose.SALE), basis.name());
    }
  }

  @Test
  void thirdPartyMarketingRestsOnConsentAlone() {
    // P24
    Set<LegalBasis> covering =
        Arrays.stream(LegalBasis.values())
            .filter(basis -> basis.covers(Purpose.THIRD_PARTY_MARKETING))
            .collect(Collectors.toSet());
    assertEquals(Set.of(LegalBasis.CONSENT), covering);
  }

  @Test
  void theGroundsWithoutConsentNeedAReferenceAndTheLawAnAuthority() {
    // P18
    Set<LegalBasis> withReference =
        EnumSet.of(
            LegalBasis.LEGAL_OBLIGATION,
            LegalBasis.CONTRACT_ENFORCEMENT,
            LegalBasis.BILLING_AND_COLLECTION,
            LegalBasis.FRAUD_PROTECTION);
    for (LegalBasis basis : LegalBasis.values()) {
      assertEquals(withReference.contains(basis), basis.needsReference(), basis.name());
      assertEquals(basis == LegalBasis.LEGAL_OBLIGATION, basis.needsIssuingAuthority());
    }
    assertTrue(LegalBasis.LEGAL_OBLIGATION.covers(Purpose.COMPLY_WITH_LAW));
  }
}
