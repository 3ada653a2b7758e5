/**
 * The credit reporting agency's sandbox: SOAP 1.1 against the agency's WSDL (served at {@code
 * ?wsdl}), parsed with DTDs and external entities refused, and its behaviour switch.
 */
package net.genvoice.sandbox.credit;
