/** The customer's credit applications over REST (P21): open, list, withdraw. */
package net.genvoice.web.credit.rest;
