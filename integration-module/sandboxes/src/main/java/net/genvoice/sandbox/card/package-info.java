/**
 * The card payment provider's sandbox: its tokenisation API over HTTP/JSON, with switchable
 * behaviours.
 */
package net.genvoice.sandbox.card;
