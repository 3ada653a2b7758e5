/**
 * JMH benchmarks of the disclosure policy decision (issue 4): latency percentiles and allocation per
 * decision. Benchmarks only; nothing here ships.
 */
package net.genvoice.bench.disclosure;
