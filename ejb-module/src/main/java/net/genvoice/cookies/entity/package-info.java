/**
 * The cookie categories of the portal (P25) and a visitor's choice among them (P06), as value
 * objects. Nothing here is persisted: a signed-in customer's choice lives in the consent history.
 */
package net.genvoice.cookies.entity;
