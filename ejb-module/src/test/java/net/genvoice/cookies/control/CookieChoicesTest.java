package net.genvoice.cookies.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** P06: a requested cookie choice; bad input is reported per category. */
class CookieChoicesTest {

  @Test
  void readsTheGrantedCategoriesAndRefusesTheOnesLeftOut() {
    FieldErrors errors = new FieldErrors();

    Optional<CookieChoice> choice =
        CookieChoices.read(
            Map.of("analytics", true, "personalisation", false, "essential", true), errors);

    errors.throwIfAny();
    assertEquals(Optional.of(CookieChoice.of(CookieCategory.ANALYTICS)), choice);
  }

  @Test
  void anUnknownCategoryIsNamedInItsField() {
    Map<String, Boolean> categories = new LinkedHashMap<>();
    categories.put("analytics", true);
    categories.put("tracking", true);

    InvalidInputException refused = refused(categories);

    assertEquals(
        Map.of("categories.tracking", refused.fieldErrors().get("categories.tracking")),
        refused.fieldErrors());
    assertTrue(refused.fieldErrors().get("categories.tracking").contains("analytics"));
  }

  @Test
  void essentialCookiesCannotBeRefusedAndEveryAnswerIsTrueOrFalse() {
    Map<String, Boolean> categories = new HashMap<>();
    categories.put("essential", false);
    categories.put("beacons", null);

    InvalidInputException refused = refused(categories);

    assertTrue(refused.fieldErrors().containsKey("categories.essential"));
    assertTrue(refused.fieldErrors().containsKey("categories.beacons"));
  }

  @Test
  void noCategoriesAtAllIsRefused() {
    assertEquals(
        Map.of("categories", refused(null).fieldErrors().get("categories")),
        refused(null).fieldErrors());
  }

  @Test
  void aLongUnknownNameIsShortenedInTheFieldPath() {
    InvalidInputException refused = refused(Map.of("x".repeat(500), true));

    String field = refused.fieldErrors().keySet().iterator().next();
    assertEquals("categories.".length() + CookieChoices.LONGEST_NAME, field.length());
  }

  private static InvalidInputException refused(Map<String, Boolean> categories) {
    FieldErrors errors = new FieldErrors();
    assertEquals(Optional.empty(), CookieChoices.read(categories, errors));
    return assertThrows(InvalidInputException.class, errors::throwIfAny);
  }
}
