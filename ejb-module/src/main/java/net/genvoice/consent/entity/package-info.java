/**
 * The consent catalogue and the append-only consent history (P12, P17, P24, P25): consent events
 * are only ever added, never changed or removed. Entities here never leave the ejb-module.
 */
package net.genvoice.consent.entity;
