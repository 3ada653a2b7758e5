package net.genvoice.web.partner.rest;

/** {@code {"partnerId", "recipientId"}}: a new partner tied to a registered recipient. */
public record PartnerRequest(String partnerId, String recipientId) {}
