/**
 * The messaging providers' gateways (dialer, mail house, email service): REST over HTTP with a
 * connect and a read timeout on every call; they implement ejb-module's delivery ports and answer
 * with an outcome, never with a provider exception.
 */
package net.genvoice.integration.messaging;
