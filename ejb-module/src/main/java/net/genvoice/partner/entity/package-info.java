/**
 * Partners' credentials (each tied to a recipient of the registry) and the audit of partner calls
 * refused before any ledger entry could record them. Entities never leave the partner package.
 */
package net.genvoice.partner.entity;
