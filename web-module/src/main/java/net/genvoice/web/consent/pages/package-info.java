/**
 * The consent pages (P12, P17, P24): My consents for the customer (state, one-step grant and
 * withdrawal, history, receipts) and the support agent's pages that find a customer and record the
 * consent they gave by phone or in writing. Thin: delegates to {@code Consents}.
 */
package net.genvoice.web.consent.pages;
