/**
 * Credit applications (P21): a customer opens one, can withdraw it, and the credit inquiry that the
 * credit agency gateway makes on it is possible only while it is open.
 */
package net.genvoice.credit.boundary;
