/**
 * The disclosure ledger over REST: the customer's own disclosures, and for the compliance officer
 * the ledger's audit and verification, the recipient registry and legal requests (P14-P24).
 */
package net.genvoice.web.disclosure.rest;
