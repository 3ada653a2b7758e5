/**
 * The credit reporting agency's sandbox: a JAX-WS endpoint implementing the agency's WSDL (served
 * at {@code ?wsdl}), and its behaviour switch. The types generated from the WSDL stay in {@code
 * soap}.
 */
package net.genvoice.sandbox.credit;
