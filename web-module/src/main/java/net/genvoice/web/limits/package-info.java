/**
 * Limits on what a client may send the REST API, enforced before any resource reads the request.
 * Only plain JAX-RS and I/O here; the error responses are the problem mappers' job.
 */
package net.genvoice.web.limits;
