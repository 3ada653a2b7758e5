package net.genvoice.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A payment method as entered: {@code type} "card" (number, expiry, CVV, billing address) or
 * "paypal" (email). P03: the number and the CVV travel only to the payment provider; {@link
 * #toString()} never shows them.
 */
public record PaymentMethodCommand(
    @NotBlank @Pattern(regexp = "card|paypal", message = "must be card or paypal") String type,
    @Size(max = 30) String number,
    Integer expiryMonth,
    Integer expiryYear,
    @Size(max = 4) String cvv,
    @Valid AddressCommand billingAddress,
    @Size(max = 254) String email) {

  public boolean isCard() {
    return "card".equals(type);
  }

  @Override
  public String toString() {
    return "PaymentMethodCommand[type=" + type + "]";
  }
}
