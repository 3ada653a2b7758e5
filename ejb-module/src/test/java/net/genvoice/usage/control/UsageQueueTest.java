package net.genvoice.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** P04: the queue between requests and the writer never blocks; a full queue drops and counts. */
class UsageQueueTest {

  @Test
  void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
    UsageQueue<Integer> queue = new UsageQueue<>(3);

    // on another thread, bounded: a blocking offer would fail the test instead of hanging it
    List<Boolean> offered =
        CompletableFuture.supplyAsync(
                () -> List.of(queue.offer(1), queue.offer(2), queue.offer(3), queue.offer(4)))
            .get(5, TimeUnit.SECONDS);

    assertEquals(List.of(true, true, true, false), offered);
    assertEquals(3, queue.accepted());
    assertEquals(1, queue.dropped());
    assertEquals(3, queue.waiting());
  }

  @Test
  void takesInBatchesOldestFirst() {
    UsageQueue<Integer> queue = new UsageQueue<>(10);
    for (int i = 1; i <= 5; i++) {
      assertTrue(queue.offer(i));
    }

    assertEquals(List.of(1, 2), queue.take(2));
    assertEquals(List.of(3, 4, 5), queue.take(10));
    assertEquals(List.of(), queue.take(10));
    assertTrue(queue.offer(6), "room again once drained");
    assertEquals(0, queue.dropped());
  }

  @Test
  void aQueueHoldsAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> new UsageQueue<>(0));
    assertFalse(new UsageQueue<Integer>(1).take(1).iterator().hasNext());
  }
}
