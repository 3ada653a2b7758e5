/** P22: the portal page where a customer sees the automated decisions made about them. */
package net.genvoice.web.decision.pages;
