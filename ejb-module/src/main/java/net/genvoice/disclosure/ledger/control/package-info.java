/**
 * The disclosure ledger's logic: {@link net.genvoice.disclosure.ledger.control.Ledger} appends an
 * entry under its subject's database lock, {@link
 * net.genvoice.disclosure.ledger.control.EntryHashes} computes the chain's SHA-256, {@link
 * net.genvoice.disclosure.ledger.control.ChainVerification} finds the first entry that breaks it.
 */
package net.genvoice.disclosure.ledger.control;
