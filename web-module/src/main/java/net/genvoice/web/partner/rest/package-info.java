/**
 * The compliance officer's REST calls for partners' credentials under {@code
 * /api/v1/staff/compliance/partners}: issue, rotate (each shows the secret once), deactivate, list,
 * and the audit of refused partner calls.
 */
package net.genvoice.web.partner.rest;
