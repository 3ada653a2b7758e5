/**
 * The portal in a real browser: Selenium drives headless Chromium against the deployed EAR (base
 * URL from {@code genvoice.baseUrl}). Each test signs up its own customer; nothing is shared.
 */
package net.genvoice.portal;
