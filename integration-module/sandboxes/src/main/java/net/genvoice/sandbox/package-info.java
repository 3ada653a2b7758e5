/**
 * Loopback simulations of GenVoice's external partners, each speaking that partner's real protocol,
 * with switchable behaviours. Never part of a release path: gateways call them over HTTP like the
 * real thing.
 */
package net.genvoice.sandbox;
