/**
 * System tests of marketing communications (P12, P13) against the deployed EAR: the customer's
 * channel preferences and message log, the staff's do-not-call list, registry import and campaigns
 * over REST, and the messaging sandboxes the gateways call over HTTP.
 */
package net.genvoice.marketing;
