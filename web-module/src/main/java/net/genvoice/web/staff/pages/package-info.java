/**
 * Backing beans of the staff area: staff sign-in, and the administrators' staff accounts page.
 * Which staff role reaches which page is web.xml's business; the beans check it again before a
 * change.
 */
package net.genvoice.web.staff.pages;
