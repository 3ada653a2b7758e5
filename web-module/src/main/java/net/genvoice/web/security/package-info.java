/**
 * How people prove who they are and how the browser is protected: one Jakarta Security mechanism
 * for the portal session, the opt-in remember-me cookie (P27) and API bearer tokens; identity
 * stores that keep customers and staff apart; security headers on every response.
 */
package net.genvoice.web.security;
