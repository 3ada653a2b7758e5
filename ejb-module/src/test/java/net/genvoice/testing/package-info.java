/**
 * The in-container test harness: test archives built from the module's real build output, for
 * Arquillian on Payara Micro. Test support only; nothing here ships.
 */
package net.genvoice.testing;
