/**
 * How people prove who they are: one Jakarta Security mechanism for the portal session, the opt-in
 * remember-me cookie (P27) and API bearer tokens, and identity stores that keep customers and staff
 * apart.
 */
package net.genvoice.web.security;
