/**
 * The credit reporting agency's gateway (P21): SOAP, its client generated at build time from the
 * agency's WSDL. Everything that touches the generated types lives in {@code soap}; this package
 * sees only GenVoice's own types.
 */
package net.genvoice.integration.credit;
