package net.genvoice.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A registration can hold nothing the policy forbids (P14, P15, P19, P21, P23, P24). */
class RecipientRegistrationTest {

  private static final FieldSet NAME = FieldSet.of(DisclosableField.CUSTOMER_NAME);

  @Test
  void refusesAPurposeItsKindMayNotReceiveFor() {
    assertEquals(
        "BUSINESS_AFFILIATE may not receive data for THIRD_PARTY_MARKETING",
        refusal(RecipientKind.BUSINESS_AFFILIATE, Map.of(Purpose.THIRD_PARTY_MARKETING, NAME)));
    refusal(RecipientKind.CREDIT_AGENCY, Map.of(Purpose.PREVENT_FRAUD, NAME));
  }

  @Test
  void noKindCanBeRegisteredForSale() {
    for (RecipientKind kind : RecipientKind.values()) {
      assertFalse(kind.mayReceiveFor(Purpose.SALE), kind.name());
      refusal(kind, Map.of(Purpose.SALE, NAME));
    }
  }

  @Test
  void refusesInternalOnlyFieldsAndEmptyFieldSets() {
    FieldSet withSurvey =
        FieldSet.of(DisclosableField.CUSTOMER_NAME, DisclosableField.SURVEY_ANSWERS);

    assertTrue(
        refusal(RecipientKind.BUSINESS_AFFILIATE, Map.of(Purpose.PERFORM_SERVICE, withSurvey))
            .startsWith("Internal-only fields may not be registered"));
    assertEquals(
        "No fields registered for PERFORM_SERVICE",
        refusal(RecipientKind.BUSINESS_AFFILIATE, Map.of(Purpose.PERFORM_SERVICE, FieldSet.EMPTY)));
  }

  @Test
  void refusesAMissingIdentityOrAgreement() {
    Map<Purpose, FieldSet> allowed = Map.of(Purpose.PERFORM_SERVICE, NAME);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RecipientRegistration(
                " ", "Name", RecipientKind.BUSINESS_AFFILIATE, "AGR", allowed));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RecipientRegistration(
                "a-1", "Name", RecipientKind.BUSINESS_AFFILIATE, null, allowed));
  }

  private static String refusal(RecipientKind kind, Map<Purpose, FieldSet> allowed) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> new RecipientRegistration("r-1", "Recipient", kind, "AGR-1", allowed))
        .getMessage();
  }
}
