/**
 * Plain consent logic without a transaction: deriving the current state from the history, checking
 * requests, truncating source addresses and assembling consent receipts; the statements of the
 * derived {@code consent_state} table that the campaign audience reads.
 */
package net.genvoice.consent.control;
