/**
 * The portal pages of marketing communications: the customer's communication preferences and
 * message log under /account/, and the marketing staff's do-not-call list, registry import and
 * campaigns under /staff/area/marketing/.
 */
package net.genvoice.web.communication.pages;
