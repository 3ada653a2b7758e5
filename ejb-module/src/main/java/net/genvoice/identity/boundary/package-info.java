/**
 * Sign-in for customers and staff: credential checks with throttling, and revocable bearer and
 * remember-me tokens. The web module's security mechanism is the only caller.
 */
package net.genvoice.identity.boundary;
