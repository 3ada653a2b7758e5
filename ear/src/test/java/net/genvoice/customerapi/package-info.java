/**
 * System tests of the customer REST API against the deployed EAR on Payara Server Full and MariaDB:
 * sign-up, tokens, the caller's own account, bad input and the P03 proof that no secret is kept
 * anywhere.
 */
package net.genvoice.customerapi;
