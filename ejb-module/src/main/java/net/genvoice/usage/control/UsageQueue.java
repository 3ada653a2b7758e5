package net.genvoice.usage.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P04: the bounded hand-over between the requests that describe themselves and the writer that
 * stores them in batches. Offering never blocks: when the queue is full the item is dropped and
 * counted, so recording can never slow the request it describes.
 */
public final class UsageQueue<T> {

  private final BlockingQueue<T> items;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  public UsageQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.items = new ArrayBlockingQueue<>(capacity);
  }

  /** True when queued; false (and counted) when the queue is full. */
  public boolean offer(T item) {
    if (items.offer(item)) {
      accepted.incrementAndGet();
      return true;
    }
    dropped.incrementAndGet();
    return false;
  }

  /** Up to {@code max} items, oldest first; empty when nothing waits. */
  public List<T> take(int max) {
    List<T> batch = new ArrayList<>(Math.min(max, items.size()));
    items.drainTo(batch, max);
    return batch;
  }

  public int waiting() {
    return items.size();
  }

  public long accepted() {
    return accepted.get();
  }

  public long dropped() {
    return dropped.get();
  }
}
