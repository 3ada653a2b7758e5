/**
 * Cookies in the browser (P06, P25, P26): the one declaration of every cookie the portal sets, the
 * server-side guard on every response, the visitor's choice and the Global Privacy Control signal.
 */
package net.genvoice.web.cookies;
