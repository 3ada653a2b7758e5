package net.genvoice.cookies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.control.CardLikeNumbers;
import org.junit.jupiter.api.Test;

/** P06, P25: a cookie choice, and the value of the essential cookie that keeps it. */
class CookieChoiceTest {

  @Test
  void essentialCookiesAreAlwaysAllowedAndNeverPartOfTheChoice() {
    CookieChoice none = new CookieChoice(Set.of(CookieCategory.ESSENTIAL));

    assertEquals(CookieChoice.NONE, none);
    assertTrue(none.allows(CookieCategory.ESSENTIAL));
    assertFalse(none.allows(CookieCategory.ANALYTICS));
    assertFalse(none.allows(CookieCategory.PERSONALISATION));
    assertFalse(none.allows(CookieCategory.BEACONS));
  }

  @Test
  void everyChoiceSurvivesTheRoundTripThroughItsCookie() {
    for (CookieChoice choice :
        new CookieChoice[] {
          CookieChoice.NONE,
          CookieChoice.ALL,
          CookieChoice.of(CookieCategory.ANALYTICS),
          CookieChoice.of(CookieCategory.PERSONALISATION, CookieCategory.BEACONS)
        }) {
      assertEquals(Optional.of(choice), CookieChoice.fromCookieValue(choice.cookieValue()));
      assertFalse(CardLikeNumbers.containsCardLike(choice.cookieValue()), choice.cookieValue());
    }
    assertEquals(
        ConsentPurpose.TEXT_VERSION + ".analytics.personalisation",
        CookieChoice.of(CookieCategory.PERSONALISATION, CookieCategory.ANALYTICS).cookieValue());
    assertEquals(ConsentPurpose.TEXT_VERSION + ".none", CookieChoice.NONE.cookieValue());
  }

  @Test
  void aValueForOtherTextsOrWithUnknownCategoriesIsNoChoiceSoTheVisitorIsAskedAgain() {
    assertEquals(Optional.empty(), CookieChoice.fromCookieValue(null));
    assertEquals(Optional.empty(), CookieChoice.fromCookieValue(""));
    assertEquals(Optional.empty(), CookieChoice.fromCookieValue("2020-01-01.analytics"));
    assertEquals(
        Optional.empty(),
        CookieChoice.fromCookieValue(ConsentPurpose.TEXT_VERSION + ".analytics.tracking"));
    assertEquals(
        Optional.empty(), CookieChoice.fromCookieValue(ConsentPurpose.TEXT_VERSION + ".essential"));
    assertEquals(Optional.empty(), CookieChoice.fromCookieValue(ConsentPurpose.TEXT_VERSION + "."));
  }

  @Test
  void everyCategoryButEssentialHasItsConsentPurpose() {
    assertEquals(
        ConsentPurpose.COOKIES_ANALYTICS, CookieCategory.ANALYTICS.purpose().orElseThrow());
    assertEquals(
        ConsentPurpose.COOKIES_PERSONALISATION,
        CookieCategory.PERSONALISATION.purpose().orElseThrow());
    assertEquals(ConsentPurpose.COOKIES_BEACONS, CookieCategory.BEACONS.purpose().orElseThrow());
    assertTrue(CookieCategory.ESSENTIAL.purpose().isEmpty());
    assertEquals(3, CookieCategory.optional().size());
  }
}
