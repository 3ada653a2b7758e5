/**
 * Plain usage logic: the bounded queue between requests and the writer, reading a User-Agent,
 * minimising an event to what its consent allows, ISO weeks and small-count suppression.
 */
package net.genvoice.usage.control;
