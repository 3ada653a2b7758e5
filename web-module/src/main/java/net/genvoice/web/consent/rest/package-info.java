/**
 * The customer's consent API under /api/v1/me/consents (P12, P17, P24): current state, history,
 * grant, one-step withdrawal and receipt download. Thin: delegates to {@code Consents}; the caller
 * is always the signed-in customer.
 */
package net.genvoice.web.consent.rest;
