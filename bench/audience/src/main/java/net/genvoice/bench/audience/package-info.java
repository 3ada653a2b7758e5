/**
 * The campaign audience benchmark (issue 3, P12): seeds 100,000 customers on MariaDB through SQL and
 * times the set-based audience query against a plain SELECT of the same audience.
 */
package net.genvoice.bench.audience;
