/**
 * Browser-facing protection of everything the web module serves: security headers on every
 * response. Servlet-level only; no business logic.
 */
package net.genvoice.web.security;
