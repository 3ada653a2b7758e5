/**
 * The cookie banner of every portal page and the cookie preferences page (P06, P25): plain forms
 * that post to {@code /cookies/choice}, so they work without JavaScript.
 */
package net.genvoice.web.cookies.pages;
