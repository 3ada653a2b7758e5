/**
 * The survey API (P14): customers who agreed to take part answer open surveys under
 * /api/v1/me/surveys; marketing staff write, open and close surveys under
 * /api/v1/staff/marketing/surveys. Thin: delegates to {@code Surveys}.
 */
package net.genvoice.web.survey.rest;
