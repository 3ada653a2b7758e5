package net.genvoice.consent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's catalogue of consent purposes, exactly: marketing by telemarketing, direct mail and
 * email; third parties' own marketing (P24); disclosure on consent (P17); survey participation
 * (P14); the cookie categories analytics, personalisation and web beacons (P25).
 */
class ConsentPurposeTest {

  @Test
  void theCatalogueHoldsEveryPurposeOfTheIssueAndNothingElse() {
    assertEquals(
        List.of(
            "marketing.telemarketing",
            "marketing.direct-mail",
            "marketing.email",
            "third-party.marketing",
            "disclosure",
            "survey.participation",
            "cookies.analytics",
            "cookies.personalisation",
            "cookies.beacons"),
        Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::code).toList());
  }

  @Test
  void onlyTelemarketingAndDirectMailHoldUntilWithdrawn() {
    assertEquals(
        Set.of(ConsentPurpose.MARKETING_TELEMARKETING, ConsentPurpose.MARKETING_DIRECT_MAIL),
        Arrays.stream(ConsentPurpose.values())
            .filter(ConsentPurpose::isOptOut)
            .collect(Collectors.toSet()),
        "P12: the policy announces those two until the customer opts out; all else is opt-in");
  }

  @Test
  void onlyDisclosureAndThirdPartyMarketingLetInformationLeave() {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      boolean leaves =
          purpose == ConsentPurpose.DISCLOSURE || purpose == ConsentPurpose.THIRD_PARTY_MARKETING;
      assertEquals(leaves, purpose.disclosesToThirdParty(), purpose.code());
    }
    assertTrue(ConsentPurpose.DISCLOSURE.namesRecipient(), "P17: a named recipient and purpose");
    assertFalse(ConsentPurpose.THIRD_PARTY_MARKETING.isOptOut(), "P24: only with consent");
  }

  @Test
  void everyPurposeHasAStableCodeAndAText() {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertEquals(purpose, ConsentPurpose.byCode(purpose.code()).orElseThrow());
      assertFalse(purpose.text().isBlank(), purpose.code());
      assertEquals(ConsentPurpose.TEXT_VERSION, purpose.textVersion());
    }
  }
}
