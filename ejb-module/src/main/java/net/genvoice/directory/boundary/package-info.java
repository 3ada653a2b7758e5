/**
 * Phone directory listings, published at the customer's request by the directory affiliate (P19): a
 * policy-checked, recorded release of the name and number only.
 */
package net.genvoice.directory.boundary;
