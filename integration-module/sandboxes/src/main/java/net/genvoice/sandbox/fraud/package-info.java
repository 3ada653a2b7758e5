/** The fraud-prevention service's sandbox: screening over HTTP/JSON, with a score and reasons. */
package net.genvoice.sandbox.fraud;
