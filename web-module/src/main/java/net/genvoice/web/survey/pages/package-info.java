/**
 * The survey pages (P14): the customer's invitations, answers and own responses under /account/,
 * and the marketing staff's survey page under /staff/area/marketing/. Thin: delegates to {@code
 * Surveys}.
 */
package net.genvoice.web.survey.pages;
