/**
 * The one boundary every release of personal information goes through ({@link
 * net.genvoice.disclosure.boundary.Disclosures}: decide, record, read the permitted values), the
 * ledger's verification and the customer's view of it. Gateways and partner endpoints call these;
 * no entity leaves this package.
 */
package net.genvoice.disclosure.boundary;
