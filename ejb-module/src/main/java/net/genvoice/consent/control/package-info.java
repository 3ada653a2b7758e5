/**
 * Plain consent logic without a transaction: deriving the current state from the history, checking
 * requests, truncating source addresses and assembling consent receipts.
 */
package net.genvoice.consent.control;
