package net.genvoice.web.consent.rest;

import jakarta.validation.constraints.Size;

/** The optional body of a withdrawal: a disclosure consent is named by recipient and scope. */
public record WithdrawalRequest(
    @Size(max = 100) String recipient,
    @Size(max = 100) String scope,
    @Size(max = 36) String subject) {}
