/**
 * Recording usage asynchronously and in batches (P04), erasing it after the retention period into
 * weekly counts, the staff report that exposes no individual (P05), and recommendations from a
 * customer's own usage only with personalisation consent (P06).
 */
package net.genvoice.usage.boundary;
