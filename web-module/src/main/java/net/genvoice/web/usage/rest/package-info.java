/** The staff feature-usage report over REST (P05): counts per feature per week, none below five. */
package net.genvoice.web.usage.rest;
