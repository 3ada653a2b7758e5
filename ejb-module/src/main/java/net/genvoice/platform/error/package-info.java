/**
 * The business failures of GenVoice: one {@link net.genvoice.platform.error.BusinessException}
 * subclass per failure, each with a stable code. REST maps them to RFC 9457 problems, pages to
 * messages beside fields.
 */
package net.genvoice.platform.error;
