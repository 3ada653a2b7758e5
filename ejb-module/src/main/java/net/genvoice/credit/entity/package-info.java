/** Credit applications as persisted (P21): who applied, when, and whether it is still open. */
package net.genvoice.credit.entity;
