/**
 * Pages of the disclosure ledger: the customer's own disclosures, and the compliance officer's
 * registry, legal requests and ledger verification.
 */
package net.genvoice.web.disclosure.pages;
