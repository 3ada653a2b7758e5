/**
 * The policy decision: {@link net.genvoice.disclosure.control.PolicyEngine}, a plain class that
 * decides over an immutable {@link net.genvoice.disclosure.control.RegistrySnapshot} and reads the
 * customer's consents and credit applications through {@link
 * net.genvoice.disclosure.control.ConsentLookup} and {@link
 * net.genvoice.disclosure.control.CreditApplicationLookup}. The consent issue and the credit
 * application work implement those two ports; until they exist no CDI bean here injects them, so
 * nothing here is a CDI bean and nothing may need the Jakarta EE API.
 */
package net.genvoice.disclosure.control;
