/**
 * System tests of the consent API (P12, P17, P24) against the deployed EAR on Payara Server Full
 * and MariaDB: grant, one-step withdrawal, history, receipt download and bad input.
 */
package net.genvoice.consentapi;
