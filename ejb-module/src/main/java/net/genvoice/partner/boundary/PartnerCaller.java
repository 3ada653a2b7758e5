package net.genvoice.partner.boundary;

/** An authenticated partner: its id and the registry entry it receives data as (P23). */
public record PartnerCaller(String partnerId, String recipientId) {}
