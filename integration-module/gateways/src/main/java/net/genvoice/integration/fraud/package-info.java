/** The fraud-prevention service's gateway: screening over REST, with a score and reasons (P20). */
package net.genvoice.integration.fraud;
