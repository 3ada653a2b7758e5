/**
 * The plain logic of partner access: the form of partner ids, the check of a partner's request, how
 * a partner names the customer it asks about, and whether a recipient is registered. CDI beans
 * only.
 */
package net.genvoice.partner.control;
