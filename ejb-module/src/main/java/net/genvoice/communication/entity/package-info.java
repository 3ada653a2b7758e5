/**
 * Marketing communications (P12, P13): channels, message types, campaigns, the message log, the
 * do-not-call lists and direct-mail suppressions. Entities here never leave the ejb-module.
 */
package net.genvoice.communication.entity;
