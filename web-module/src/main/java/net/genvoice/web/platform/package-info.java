/**
 * The web module's plumbing: the JAX-RS application and its OpenAPI description, and the version
 * endpoint; no business logic.
 */
package net.genvoice.web.platform;
