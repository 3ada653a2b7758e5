package net.genvoice.credit.boundary;

import jakarta.validation.constraints.Size;

/** P21: a customer applies for credit; {@code description} says what for (optional). */
public record CreditApplicationCommand(@Size(max = 200) String description) {}
