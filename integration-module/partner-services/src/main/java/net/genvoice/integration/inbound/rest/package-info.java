/**
 * The partner REST API under {@code /partner/api/v1} (JSON): a thin servlet over {@link
 * net.genvoice.partner.boundary.PartnerRequests}. A refusal is an RFC 9457 problem whose {@code
 * code} is the stable reason; 403 for a policy denial. A servlet rather than JAX-RS on purpose:
 * Payara builds one OpenAPI document per EAR, and a second JAX-RS application here turned the
 * customer API's document into a merged one rooted at {@code /partner}.
 */
package net.genvoice.integration.inbound.rest;
