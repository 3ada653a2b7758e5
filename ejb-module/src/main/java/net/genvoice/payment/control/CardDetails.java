package net.genvoice.payment.control;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;

/**
 * A card on its way to the provider's tokenisation, as the fields of its release (P03, P20). {@link
 * #toString()} never shows the number or the CVV.
 */
public record CardDetails(
    String number, int expiryMonth, int expiryYear, String cvv, String holderName) {

  /** What a tokenisation releases: the number, CVV, expiry and the holder's name. */
  public static final Set<DisclosableField> FIELDS =
      Set.of(
          DisclosableField.CARD_NUMBER,
          DisclosableField.CARD_CVV,
          DisclosableField.PAYMENT_EXPIRY,
          DisclosableField.CARD_HOLDER_NAME);

  /** The card as released: every field read through the release's backstop. */
  public static CardDetails of(ReleasedData released) {
    YearMonth expiry = YearMonth.parse(released.value(DisclosableField.PAYMENT_EXPIRY));
    return new CardDetails(
        released.value(DisclosableField.CARD_NUMBER),
        expiry.getMonthValue(),
        expiry.getYear(),
        released.value(DisclosableField.CARD_CVV),
        released.value(DisclosableField.CARD_HOLDER_NAME));
  }

  /** The values of {@link #FIELDS}; the expiry as {@code 2031-12}. */
  public Map<DisclosableField, String> values() {
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    values.put(DisclosableField.CARD_NUMBER, number);
    values.put(DisclosableField.CARD_CVV, cvv);
    values.put(DisclosableField.PAYMENT_EXPIRY, YearMonth.of(expiryYear, expiryMonth).toString());
    values.put(DisclosableField.CARD_HOLDER_NAME, holderName);
    return values;
  }

  public String lastFour() {
    return number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return "CardDetails[****" + lastFour() + ", " + expiryMonth + "/" + expiryYear + "]";
  }
}
