/**
 * Customer accounts: sign-up, profile corrections, payment methods and seats. The transaction and
 * security edge of the customer feature; commands in, views out, entities never leave.
 */
package net.genvoice.customer.boundary;
