package net.genvoice.customer.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P26: what counts as a card-like number in a text such as a cookie value. */
class CardLikeNumbersTest {

  @Test
  void findsCardNumbersWrittenAnyWay() {
    for (String text :
        new String[] {
          "4111111111111111",
          "4111 1111 1111 1111",
          "4111-1111-1111-1111",
          "4111.1111.1111.1111",
          "card=4111%201111%201111%201111",
          "pan:4111+1111+1111+1111;x",
          "378282246310005",
          "5555555555554444",
          "6011111111111117",
          "4222222222222",
          "order-99-4111111111111111-end",
          "x94111111111111111"
        }) {
      assertTrue(CardLikeNumbers.containsCardLike(text), text);
    }
  }

  @Test
  void ignoresWhatIsNoCardNumber() {
    for (String text :
        new String[] {
          "",
          "4111111111111113",
          "411111111111",
          "2026-11-01.analytics.personalisation",
          "4111 1111  1111 1111",
          "Zm9vYmFyYmF6cXV4LWFiY2RlZmdoaWprbG1ub3A",
          "version 1.2.3.4"
        }) {
      assertFalse(CardLikeNumbers.containsCardLike(text), text);
    }
    assertFalse(CardLikeNumbers.containsCardLike(null));
  }
}
