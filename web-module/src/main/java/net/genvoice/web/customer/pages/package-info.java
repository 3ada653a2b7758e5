/**
 * Backing beans of the customer's portal pages: sign-up, sign-in and "My account" (profile, payment
 * methods, seats). Request-scoped and thin: each action calls a boundary of the EJB module and
 * shows what it refused beside the field concerned; no entity and no card number is kept here.
 */
package net.genvoice.web.customer.pages;
