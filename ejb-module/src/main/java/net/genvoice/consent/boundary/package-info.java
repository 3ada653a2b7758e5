/**
 * Consents (P12, P17, P24): the transaction edge for giving, withdrawing and reading consent, and
 * the wire types it speaks. Callers get views and receipts, never a {@code ConsentEvent}.
 */
package net.genvoice.consent.boundary;
