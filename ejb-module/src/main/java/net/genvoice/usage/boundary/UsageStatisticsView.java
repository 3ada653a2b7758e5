package net.genvoice.usage.boundary;

/**
 * P04: how recording went since start: events accepted into the queue, dropped because it was full,
 * written, the batches they were written in, lost to a failed write, and waiting now.
 */
public record UsageStatisticsView(
    long accepted, long dropped, long written, long batches, long failed, int waiting) {}
