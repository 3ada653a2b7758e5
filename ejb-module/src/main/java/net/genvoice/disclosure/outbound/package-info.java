/**
 * Outbound releases: the data of a permitted release as the gateways receive it ({@link
 * net.genvoice.disclosure.outbound.ReleasedData}, nothing but the permitted fields), and the one
 * path every call to a partner takes: decision and ledger, payload, call, outcome (P19-P21, P23).
 */
package net.genvoice.disclosure.outbound;
