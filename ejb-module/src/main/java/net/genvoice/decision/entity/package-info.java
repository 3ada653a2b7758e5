/**
 * P22: automated decisions as recorded: what was decided about whom, on which inputs, with which
 * score, reasons and outcome, and that no person made it.
 */
package net.genvoice.decision.entity;
