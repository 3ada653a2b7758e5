/**
 * RFC 9457 {@code application/problem+json} error responses for the REST API: the {@link
 * net.genvoice.web.problem.Problem} wire type and one JAX-RS exception mapper per family of
 * failure. Nothing here may put a stack trace or an exception message of an unexpected failure on
 * the wire. {@link Causes} and {@link JsonFieldPath} serve the portal pages as well.
 */
package net.genvoice.web.problem;
