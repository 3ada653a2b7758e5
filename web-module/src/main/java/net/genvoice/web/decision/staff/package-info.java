/** P11, P22: what staff see of automated decisions: the fraud screenings waiting for a person. */
package net.genvoice.web.decision.staff;
