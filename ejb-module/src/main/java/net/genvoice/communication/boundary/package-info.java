/**
 * Marketing communications (P12, P13), the transaction and security edge: channel preferences and
 * the message log of a customer, transactional messages, campaigns and their dispatch, the
 * do-not-call list and the national registry. Only records cross this package's API.
 */
package net.genvoice.communication.boundary;
