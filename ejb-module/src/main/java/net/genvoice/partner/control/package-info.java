/**
 * The plain logic of partner access: the form of partner ids, the audit of refused calls in its own
 * transaction, and how a partner names the customer it asks about. CDI beans only.
 */
package net.genvoice.partner.control;
