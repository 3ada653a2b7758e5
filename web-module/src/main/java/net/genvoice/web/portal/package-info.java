/**
 * What every portal page shares: the caller shown in the header, sign-in and sign-out through
 * Jakarta Security, the form holders for addresses and payment methods, and the mapping of business
 * and validation failures to the field they concern. No page-specific logic lives here.
 */
package net.genvoice.web.portal;
