package net.genvoice.sandbox.card;

/** The provider's answer: an opaque token and the last four digits. */
public record TokenView(String token, String last4) {}
