/** The PayPal-style provider's sandbox: account verification and payments over HTTP/JSON. */
package net.genvoice.sandbox.paypal;
