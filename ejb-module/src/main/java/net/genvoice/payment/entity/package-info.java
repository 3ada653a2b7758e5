/** Payments as GenVoice records them: amount, status and the provider's ids, never card data. */
package net.genvoice.payment.entity;
