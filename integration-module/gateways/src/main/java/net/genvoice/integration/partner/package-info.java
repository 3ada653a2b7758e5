/**
 * What every outbound gateway shares: the HTTP/JSON call with its timeouts and how a partner's
 * answer is classified (refused: never retried; unavailable: retried under fault tolerance), and
 * the payload built from nothing but a release's permitted fields.
 */
package net.genvoice.integration.partner;
