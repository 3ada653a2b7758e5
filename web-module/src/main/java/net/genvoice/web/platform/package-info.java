/**
 * The web module's plumbing: the JAX-RS application, security headers and the like; no business
 * logic.
 */
package net.genvoice.web.platform;
