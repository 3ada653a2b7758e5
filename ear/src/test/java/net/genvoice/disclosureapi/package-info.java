/**
 * System tests of the disclosure ledger's REST API against the deployed EAR on MariaDB: the
 * registry, legal requests, the customer's disclosures, verification and credit applications.
 */
package net.genvoice.disclosureapi;
