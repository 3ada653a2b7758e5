/** The signed-in customer's one-off payments over REST (P10, P20). */
package net.genvoice.web.payment.rest;
