/**
 * Usage data of the web module (P04): the filter that describes every request to the usage recorder
 * without waiting for it, the analytics cookie, and which feature a path belongs to.
 */
package net.genvoice.web.usage;
