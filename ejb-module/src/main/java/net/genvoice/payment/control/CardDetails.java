package net.genvoice.payment.control;

/** A card on its way to the provider. {@link #toString()} never shows the number or the CVV. */
public record CardDetails(
    String number, int expiryMonth, int expiryYear, String cvv, String holderName) {

  public String lastFour() {
    return number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return "CardDetails[****" + lastFour() + ", " + expiryMonth + "/" + expiryYear + "]";
  }
}
