/**
 * A signed-in customer's cookie preferences (P06, P25): derived from and recorded as consent events
 * through {@code Consents}; the browser keeps an anonymous visitor's choice itself.
 */
package net.genvoice.cookies.boundary;
