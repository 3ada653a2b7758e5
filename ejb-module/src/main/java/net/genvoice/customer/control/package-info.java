/**
 * Plain business logic for customer accounts as CDI beans: validation of card numbers, phone
 * numbers, email addresses and passwords. No persistence and no transactions live here.
 */
package net.genvoice.customer.control;
