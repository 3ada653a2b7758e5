package net.genvoice.consent.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * P12: withdraws a consent in one step, at once. A disclosure consent is named by its recipient and
 * scope; {@code subject}, when sent, must be the caller.
 */
public record WithdrawalCommand(
    @NotBlank @Size(max = 40) String purpose,
    @Size(max = 100) String recipient,
    @Size(max = 100) String scope,
    @Size(max = 36) String subject) {}
