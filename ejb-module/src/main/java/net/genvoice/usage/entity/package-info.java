/**
 * Usage data (P04, P05): the catalogue of features, one usage event per request (kept for the
 * retention period) and the weekly per-feature counts that outlive the events.
 */
package net.genvoice.usage.entity;
