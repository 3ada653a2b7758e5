/** Staff access to credit inquiries over REST (P21): support agents, under the policy engine. */
package net.genvoice.web.credit.staff;
