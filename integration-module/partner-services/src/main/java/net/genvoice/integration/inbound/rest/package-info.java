/**
 * The partner REST API under {@code /partner/api/v1} (JSON): thin resources over {@link
 * net.genvoice.partner.boundary.PartnerRequests}. A refusal is an RFC 9457 problem whose {@code
 * code} is the stable reason; 403 for a policy denial.
 */
package net.genvoice.integration.inbound.rest;
