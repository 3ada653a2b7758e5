/**
 * Surveys (P14): the transaction edge where staff write and open surveys and customers who agreed
 * to take part answer them, and the wire types it speaks. Callers get views, never an entity.
 */
package net.genvoice.survey.boundary;
