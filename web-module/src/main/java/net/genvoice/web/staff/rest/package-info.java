/**
 * The staff REST API's own door: staff bearer tokens, replacing a one-time password, and the
 * administrators' staff accounts. Which role reaches which path under /api/v1/staff is web.xml's
 * business; resources check it again before a change.
 */
package net.genvoice.web.staff.rest;
