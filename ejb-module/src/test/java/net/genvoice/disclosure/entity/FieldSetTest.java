package net.genvoice.disclosure.entity;

import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_LAST4;
import static net.genvoice.disclosure.entity.DisclosableField.SURVEY_ANSWERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.genvoice.privacy.catalogue.PiCategory;
import org.junit.jupiter.api.Test;

class FieldSetTest {

  @Test
  void comparesAndSubtractsSets() {
    FieldSet allowed = FieldSet.of(CUSTOMER_NAME, CUSTOMER_EMAIL);
    FieldSet requested = FieldSet.of(CUSTOMER_NAME, PAYMENT_LAST4);

    assertTrue(allowed.containsAll(FieldSet.of(CUSTOMER_EMAIL)));
    assertTrue(allowed.containsAll(FieldSet.EMPTY));
    assertFalse(allowed.containsAll(requested));
    assertEquals(FieldSet.of(PAYMENT_LAST4), requested.minus(allowed));
    assertSame(requested, requested.minus(FieldSet.EMPTY));
    assertEquals(2, requested.size());
  }

  @Test
  void namesItsFieldsAndCategoriesInCatalogueOrder() {
    FieldSet fields = FieldSet.of(PAYMENT_LAST4, CUSTOMER_EMAIL, CUSTOMER_NAME);

    assertEquals(
        List.of("customer.name", "customer.email", "paymentMethod.last4"), fields.fieldNames());
    assertEquals(
        Set.of(PiCategory.IDENTITY, PiCategory.CONTACT, PiCategory.PAYMENT), fields.categories());
    assertEquals(Set.of(CUSTOMER_NAME, CUSTOMER_EMAIL, PAYMENT_LAST4), fields.toSet());
    assertThrows(UnsupportedOperationException.class, () -> fields.toSet().add(SURVEY_ANSWERS));
  }

  @Test
  void onlySurveyAnswersAreInternalOnly() {
    // P14
    for (DisclosableField field : DisclosableField.values()) {
      assertEquals(field == SURVEY_ANSWERS, field.internalOnly(), field.fieldName());
      assertEquals(field.internalOnly(), FieldSet.of(field).anyInternalOnly());
    }
    assertEquals(PiCategory.SURVEY, SURVEY_ANSWERS.category());
  }

  @Test
  void findsAFieldByItsWireNameOnly() {
    assertEquals(Optional.of(PAYMENT_LAST4), DisclosableField.byName("paymentMethod.last4"));
    assertEquals(Optional.empty(), DisclosableField.byName("PAYMENT_LAST4"));
    assertEquals(Optional.empty(), DisclosableField.byName("customer.password"));
    assertEquals(Optional.empty(), DisclosableField.byName(null));
  }

  @Test
  void equalSetsAreEqual() {
    assertEquals(
        FieldSet.of(CUSTOMER_NAME, CUSTOMER_EMAIL),
        FieldSet.copyOf(List.of(CUSTOMER_EMAIL, CUSTOMER_NAME)));
    assertEquals(FieldSet.of(CUSTOMER_NAME).hashCode(), FieldSet.of(CUSTOMER_NAME).hashCode());
    assertSame(FieldSet.EMPTY, FieldSet.of());
  }
}
