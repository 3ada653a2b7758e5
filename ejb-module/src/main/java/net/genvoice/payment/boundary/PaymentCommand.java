package net.genvoice.payment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A one-off payment: the amount in minor units (cents) and its currency, from the given payment
 * method or, without one, the default.
 */
public record PaymentCommand(
    @Size(max = 36) String paymentMethodId,
    @NotNull @Positive @Max(1_000_000) Long amount,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency) {}
