/**
 * Surveys and their responses (P14): definitions written by staff, and responses that carry the
 * internal-only mark. Entities here never leave the ejb-module.
 */
package net.genvoice.survey.entity;
