package net.genvoice.sandbox.card;

/** The provider's tokenisation request, as the provider defines it. */
public record TokenizeRequest(
    String number, Integer expiryMonth, Integer expiryYear, String cvv, String holderName) {}
