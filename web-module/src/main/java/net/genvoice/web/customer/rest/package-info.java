/**
 * The customer REST API (JSON under /api/v1): sign-up, tokens, the caller's own profile, payment
 * methods and seats. Thin: each resource delegates to a boundary of the EJB module and never sees
 * an entity.
 */
package net.genvoice.web.customer.rest;
