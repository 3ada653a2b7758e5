package net.genvoice.credit.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * P21: a customer applies for credit; {@code description} says what for (optional); {@code terms}
 * is "standard" (the default: a soft credit inquiry, not noted on the credit record) or "financing"
 * (terms that need a hard inquiry, which is noted on it).
 */
public record CreditApplicationCommand(
    @Size(max = 200) String description,
    @Pattern(regexp = "standard|financing", message = "must be standard or financing")
        String terms) {}
