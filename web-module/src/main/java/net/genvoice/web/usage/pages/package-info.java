/**
 * Usage on portal pages: recommendations on the home page, only with personalisation consent (P06),
 * and the staff feature-usage report with its chart (P05).
 */
package net.genvoice.web.usage.pages;
