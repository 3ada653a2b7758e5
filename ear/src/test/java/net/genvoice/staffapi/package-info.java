/**
 * System tests of the staff REST API's door against the deployed EAR: staff bearer tokens, one-time
 * passwords, and which role reaches which area.
 */
package net.genvoice.staffapi;
