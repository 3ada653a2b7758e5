/**
 * The REST API of marketing communications (P12, P13): the customer's channel preferences and
 * message log under {@code /api/v1/me/communications}, and the marketing staff's do-not-call list,
 * national registry import and campaigns under {@code /api/v1/staff/marketing}.
 */
package net.genvoice.web.communication.rest;
