package net.genvoice.partner.boundary;

/** A new partner: its id (the Basic username) and the registry entry it is tied to. */
public record PartnerCommand(String partnerId, String recipientId) {}
