/**
 * System tests of the inbound partner web services (P14, P15, P19, P23) against the deployed EAR on
 * Payara Server Full and MariaDB: a SOAP client generated from the live WSDL, the REST API, partner
 * credentials, and every refusal (registry, policy, credentials, malformed and hostile XML) with
 * nothing released and the attempt recorded in the ledger or the partner audit.
 */
package net.genvoice.partnerapi;
