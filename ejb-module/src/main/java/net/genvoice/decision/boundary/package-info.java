/**
 * P22: recording automated decisions and showing them to the customer they concern. The deciding
 * code (credit checks, fraud screening) states the facts; nothing here decides.
 */
package net.genvoice.decision.boundary;
