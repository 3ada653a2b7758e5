package net.genvoice.web.customer.rest;

import java.time.Instant;

/** A bearer token for the API and when it expires. */
public record TokenView(String token, Instant expiresAt) {}
