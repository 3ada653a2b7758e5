package net.genvoice.payment.control;

/** What a payment provider answered to an authorisation, capture or refund: its id and status. */
public record ProviderReceipt(String id, String status) {}
