package net.genvoice.communication.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P12: do-not-call numbers are E.164 exactly: no national form, no separators. */
class E164NumbersTest {

  @Test
  void acceptsOnlyPlusThenEightToFifteenDigitsNotStartingWithZero() {
    assertTrue(E164Numbers.isValid("+14155550100"));
    assertTrue(E164Numbers.isValid("+4930123456"));
    assertTrue(E164Numbers.isValid("+123456789012345"));
    for (String refused :
        new String[] {
          null,
          "",
          "14155550100",
          "+1 415 555 0100",
          "+1-415-555-0100",
          "(415) 555-0100",
          "+0123456789",
          "+1234567",
          "+1234567890123456",
          "+1415555010a",
          "0014155550100"
        }) {
      assertFalse(E164Numbers.isValid(refused), refused);
    }
  }
}
