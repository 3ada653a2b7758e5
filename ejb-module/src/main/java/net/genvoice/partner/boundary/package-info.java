/**
 * Inbound partner access: partners' credentials (issued and rotated by the compliance officer,
 * checked on every call) and a partner's request for a customer's data, decided and recorded by
 * {@link net.genvoice.disclosure.boundary.Disclosures}. The SOAP and REST endpoints of the
 * integration module call these; no entity leaves this package.
 */
package net.genvoice.partner.boundary;
