/**
 * The edge every partner call passes before an endpoint sees it: HTTP Basic authentication against
 * the partner's own credential, an optional TLS requirement, a bounded body, and for SOAP an XML
 * screen that refuses DTDs (XXE, billion laughs) and anything that is not a SOAP 1.1 envelope. No
 * business decision is made here.
 */
package net.genvoice.integration.inbound.access;
