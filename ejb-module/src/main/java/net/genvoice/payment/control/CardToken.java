package net.genvoice.payment.control;

/**
 * What the provider returns for a tokenised card: all GenVoice may keep of it, with brand and
 * expiry.
 */
public record CardToken(String token, String lastFour) {}
