package net.genvoice.cookies.entity;

/**
 * A customer's consent to a cookie category changed (a CDI event, fired inside the transaction that
 * records it), so that what rests on the consent can follow at once.
 */
public record CookieConsentChanged(String customerId, CookieCategory category, boolean granted) {}
