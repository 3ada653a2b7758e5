/**
 * Ports to credit reporting agencies (P21): a credit inquiry, soft or hard, answered with a score
 * and reasons. The implementation (SOAP, generated from the agency's WSDL) lives in the integration
 * module.
 */
package net.genvoice.credit.control;
