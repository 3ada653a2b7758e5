/**
 * The disclosure ledger as persisted: append-only {@link
 * net.genvoice.disclosure.ledger.entity.LedgerEntry} rows chained per subject by SHA-256, and the
 * {@link net.genvoice.disclosure.ledger.entity.LedgerHead} row that serialises appends for one
 * subject. Nothing here has a setter that changes recorded content.
 */
package net.genvoice.disclosure.ledger.entity;
