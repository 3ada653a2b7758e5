/**
 * System tests of usage data over HTTP (P04, P05): what a request records, and the staff report.
 */
package net.genvoice.usageapi;
