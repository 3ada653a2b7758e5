/** The signed-in customer's cookie preferences over REST (P06), recorded as consent events. */
package net.genvoice.web.cookies.rest;
