/**
 * The sandboxes of the messaging providers: a telemarketing dialer, a mail house and an email
 * service, each over HTTP/JSON with switchable behaviours, and a record of what they were asked to
 * deliver (for tests; a real provider is never asked).
 */
package net.genvoice.sandbox.messaging;
