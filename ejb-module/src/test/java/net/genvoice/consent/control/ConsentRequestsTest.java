package net.genvoice.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.privacy.catalogue.PiCategory;
import org.junit.jupiter.api.Test;

/** P17: what a consent request may name, per purpose. */
class ConsentRequestsTest {

  @Test
  void readsEveryPurposeOfTheCatalogueByItsCode() {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertEquals(purpose, ConsentPurpose.byCode(purpose.code()).orElseThrow());
    }
    assertTrue(ConsentPurpose.byCode("marketing.fax").isEmpty());
  }

  @Test
  void aDisclosureNamesRecipientScopeAndData() {
    FieldErrors errors = new FieldErrors();
    var terms =
        ConsentRequests.grant(
                "disclosure", " acme ", "credit check", List.of("CONTACT", "IDENTITY"), errors)
            .orElseThrow();
    errors.throwIfAny();

    assertEquals(new ConsentKey(ConsentPurpose.DISCLOSURE, "acme", "credit check"), terms.key());
    assertEquals(List.of(PiCategory.CONTACT, PiCategory.IDENTITY), terms.data());
  }

  @Test
  void refusesADisclosureWithoutRecipientScopeOrKnownData() {
    assertFields(() -> grant("disclosure", null, null, List.of()), "recipient", "scope", "data");
    assertFields(() -> grant("disclosure", "acme", "x", List.of("SHOE_SIZE")), "data");
  }

  @Test
  void refusesAnUnknownPurposeAndRecipientsOnOtherPurposes() {
    assertFields(() -> grant("marketing.fax", null, null, null), "purpose");
    assertFields(
        () -> grant("marketing.email", "acme", "x", List.of("CONTACT")),
        "recipient",
        "scope",
        "data");
  }

  @Test
  void aWithdrawalOfADisclosureNeedsNoData() {
    FieldErrors errors = new FieldErrors();
    var key = ConsentRequests.withdrawal("disclosure", "acme", "credit check", errors);
    errors.throwIfAny();
    assertEquals(new ConsentKey(ConsentPurpose.DISCLOSURE, "acme", "credit check"), key.get());
  }

  private static void grant(String purpose, String recipient, String scope, List<String> data) {
    FieldErrors errors = new FieldErrors();
    ConsentRequests.grant(purpose, recipient, scope, data, errors);
    errors.throwIfAny();
  }

  private static void assertFields(Runnable request, String... fields) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, request::run);
    assertEquals(Set.of(fields), refused.fieldErrors().keySet());
  }
}
