/**
 * The messaging providers' gateways (dialer, mail house, email service): REST over HTTP with a
 * connect and a read timeout on every call; they implement ejb-module's delivery ports and answer
 * with an outcome, never with a provider exception. Each first checks the release it is given
 * (recipient, purpose, exactly the fields it sends: P23) and sends only the released values.
 */
package net.genvoice.integration.messaging;
