/**
 * Legal requests (P18): the compliance officer records a subpoena or court order and fulfils it as
 * an export that goes through {@link net.genvoice.disclosure.boundary.Disclosures} and the ledger
 * like any other release.
 */
package net.genvoice.disclosure.legal.boundary;
