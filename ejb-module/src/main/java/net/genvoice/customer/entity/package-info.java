/**
 * JPA entities and value objects of customer accounts; entities never leave the ejb-module's
 * boundaries.
 */
package net.genvoice.customer.entity;
