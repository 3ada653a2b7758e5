package net.genvoice.payment.control;

import java.util.Objects;

/** An amount in the currency's minor units (cents), positive, with its ISO 4217 code. */
public record Money(long minorUnits, String currency) {

  public Money {
    if (minorUnits <= 0) {
      throw new IllegalArgumentException("An amount is positive");
    }
    Objects.requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("A currency is its ISO 4217 code");
    }
  }
}
