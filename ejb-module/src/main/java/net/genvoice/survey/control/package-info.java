/** Plain survey logic without a transaction: checking a survey definition before it is written. */
package net.genvoice.survey.control;
