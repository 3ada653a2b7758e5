/**
 * Plain survey logic without a transaction: checking a survey definition and a customer's answers.
 */
package net.genvoice.survey.control;
