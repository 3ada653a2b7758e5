/**
 * What every portal page shares: the caller shown in the header, sign-in and sign-out through
 * Jakarta Security, the form holders for addresses and payment methods, the mapping of business and
 * validation failures to the field they concern, the refusal of expired or forged form posts, and
 * the published privacy policy. No logic of one page's forms lives here.
 */
package net.genvoice.web.portal;
