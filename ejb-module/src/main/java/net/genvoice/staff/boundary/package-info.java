/**
 * Staff accounts of the default run: the first administrator, creating staff and assigning their
 * roles.
 */
package net.genvoice.staff.boundary;
