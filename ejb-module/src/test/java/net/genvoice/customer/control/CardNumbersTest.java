package net.genvoice.customer.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.customer.entity.CardBrand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** P03: only Visa, MasterCard and American Express, by IIN and Luhn. */
class CardNumbersTest {

  private static final YearMonth NOW = YearMonth.of(2026, 5);
  private static final String VISA = "4111111111111111";
  private static final String AMEX = "378282246310005";

  private final CardNumbers cards = new CardNumbers();

  @Test
  void digitsOnlyRemovesSpacesAndDashes() {
    assertEquals("4111111111111111", CardNumbers.digitsOnly(" 4111 1111-1111 1111 "));
    assertEquals("", CardNumbers.digitsOnly(null));
    assertEquals("41x1", CardNumbers.digitsOnly("41x1"));
  }

  @ParameterizedTest
  @CsvSource({
    "4111111111111111, VISA",
    "4222222222222, VISA",
    "4111111111111111110, VISA",
    "5555555555554444, MASTERCARD",
    "5105105105105100, MASTERCARD",
    "2221000000000009, MASTERCARD",
    "2720999999999996, MASTERCARD",
    "378282246310005, AMERICAN_EXPRESS",
    "371449635398431, AMERICAN_EXPRESS",
    "340000000000009, AMERICAN_EXPRESS",
    "'4111 1111 1111 1111', VISA"
  })
  void recognisesAcceptedBrandsByIin(String number, CardBrand brand) {
    assertEquals(Optional.of(brand), cards.brandOf(number));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6011111111111117", // Discover 6011
        "6500000000000002", // Discover 65
        "6445644564456445", // Discover 644-649
        "30569309025904", // Diners Club
        "3530111333300000", // JCB
        "6200000000000005", // UnionPay
        "5011111111111111", // Maestro-like 50
        "2220999999999991", // just below the MasterCard 2-series
        "2721000000000004", // just above the MasterCard 2-series
        "411111111111116", // Visa prefix, 15 digits
        "3411111111111110", // Amex prefix, 16 digits
        "510000000000003", // MasterCard prefix, 15 digits
        "4111abcd11111111",
        ""
      })
  void rejectsOtherBrandsAndWrongLengths(String number) {
    assertEquals(Optional.empty(), cards.brandOf(number));
  }

  @Test
  void brandOfNullIsEmpty() {
    assertEquals(Optional.empty(), cards.brandOf(null));
  }

  @Test
  void luhn() {
    assertAll(
        () -> assertTrue(cards.passesLuhn(VISA)),
        () -> assertTrue(cards.passesLuhn(AMEX)),
        () -> assertTrue(cards.passesLuhn("6011111111111117")),
        () -> assertFalse(cards.passesLuhn("4111111111111112")),
        () -> assertFalse(cards.passesLuhn("378282246310006")),
        () -> assertFalse(cards.passesLuhn("4111 1111 1111 1111")),
        () -> assertFalse(cards.passesLuhn("0")),
        () -> assertFalse(cards.passesLuhn("")),
        () -> assertFalse(cards.passesLuhn(null)));
  }

  @Test
  void brandsKnowTheirCvvLengthAndName() {
    assertAll(
        () -> assertEquals(3, CardBrand.VISA.cvvLength()),
        () -> assertEquals(3, CardBrand.MASTERCARD.cvvLength()),
        () -> assertEquals(4, CardBrand.AMERICAN_EXPRESS.cvvLength()),
        () -> assertEquals("Visa", CardBrand.VISA.displayName()),
        () -> assertEquals("MasterCard", CardBrand.MASTERCARD.displayName()),
        () -> assertEquals("American Express", CardBrand.AMERICAN_EXPRESS.displayName()));
  }

  @Test
  void acceptsValidCards() {
    assertAll(
        () -> assertEquals(Map.of(), cards.validate(VISA, 12, 2028, "123", NOW)),
        () -> assertEquals(Map.of(), cards.validate("4111-1111-1111-1111", 1, 2030, "123", NOW)),
        () -> assertEquals(Map.of(), cards.validate("5555555555554444", 5, 2026, "999", NOW)),
        () -> assertEquals(Map.of(), cards.validate("2221000000000009", 6, 2026, "000", NOW)),
        () -> assertEquals(Map.of(), cards.validate("3782 822463 10005", 7, 2027, "1234", NOW)),
        () -> assertEquals(Map.of(), cards.validate(VISA, 9, 29, "123", NOW)));
  }

  @Test
  void rejectsDiscoverAndOtherBrands() {
    assertEquals(
        Map.of("number", "Only Visa, MasterCard and American Express cards are accepted"),
        cards.validate("6011111111111117", 12, 2028, "123", NOW));
    assertEquals(
        Map.of("number", "Only Visa, MasterCard and American Express cards are accepted"),
        cards.validate("3530111333300000", 12, 2028, "123", NOW));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111112",
        "411111111111116",
        "41111",
        "4111x11111111111",
        "45000000000000000000"
      })
  void rejectsLuhnFailuresAndWrongLengths(String number) {
    assertEquals(
        Map.of("number", "This card number is not valid"),
        cards.validate(number, 12, 2028, "123", NOW));
  }

  @Test
  void amexNumberMustHaveFifteenDigits() {
    assertEquals(
        Map.of("number", "This card number is not valid"),
        cards.validate("3411111111111110", 12, 2028, "1234", NOW));
    assertEquals(
        Map.of("number", "This card number is not valid"),
        cards.validate("37828224631000", 12, 2028, "1234", NOW));
  }

  @Test
  void cardIsValidThroughTheEndOfItsExpiryMonth() {
    assertEquals(Map.of(), cards.validate(VISA, 5, 2026, "123", NOW));
    assertEquals(
        Map.of("expiryMonth", "The card has expired"), cards.validate(VISA, 4, 2026, "123", NOW));
    assertEquals(
        Map.of("expiryYear", "The card has expired"), cards.validate(VISA, 12, 2025, "123", NOW));
    assertEquals(
        Map.of("expiryYear", "The card has expired"), cards.validate(VISA, 12, 25, "123", NOW));
  }

  @Test
  void rejectsImpossibleExpiry() {
    assertEquals(
        Map.of("expiryMonth", "The expiry month must be between 1 and 12"),
        cards.validate(VISA, 13, 2028, "123", NOW));
    assertEquals(
        Map.of("expiryMonth", "The expiry month must be between 1 and 12"),
        cards.validate(VISA, 0, 2028, "123", NOW));
    assertEquals(
        Map.of("expiryYear", "The expiry year is too far in the future"),
        cards.validate(VISA, 1, 2047, "123", NOW));
  }

  @Test
  void cvvLengthDependsOnTheBrand() {
    assertEquals(
        Map.of("cvv", "The CVV of a Visa card has 3 digits"),
        cards.validate(VISA, 12, 2028, "1234", NOW));
    assertEquals(
        Map.of("cvv", "The CVV of a MasterCard card has 3 digits"),
        cards.validate("5555555555554444", 12, 2028, "12", NOW));
    assertEquals(
        Map.of("cvv", "The CVV of an American Express card has 4 digits"),
        cards.validate(AMEX, 12, 2028, "123", NOW));
    assertEquals(
        Map.of("cvv", "The CVV may contain only digits"),
        cards.validate(VISA, 12, 2028, "12a", NOW));
  }

  @Test
  void cvvOfAnUnrecognisedCardHasThreeOrFourDigits() {
    Map<String, String> problems = cards.validate("6011111111111117", 12, 2028, "12345", NOW);
    assertEquals("The CVV has 3 or 4 digits", problems.get("cvv"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void reportsEveryMissingValueInFieldOrder(String blank) {
    Map<String, String> problems = cards.validate(blank, null, null, blank, NOW);
    assertEquals(
        List.of("number", "expiryMonth", "expiryYear", "cvv"), List.copyOf(problems.keySet()));
    assertEquals("The card number is required", problems.get("number"));
    assertEquals("The expiry month is required", problems.get("expiryMonth"));
    assertEquals("The expiry year is required", problems.get("expiryYear"));
    assertEquals("The CVV is required", problems.get("cvv"));
  }

  @Test
  void messagesNeverContainTheNumberOrTheCvv() {
    String cvv = "9876";
    Map<String, String> problems = cards.validate("4111111111111112", 13, 2020, cvv, NOW);
    assertEquals(4, problems.size());
    problems
        .values()
        .forEach(
            message ->
                assertAll(
                    () -> assertFalse(message.contains("1111"), message),
                    () -> assertFalse(message.contains(cvv), message)));
  }
}
