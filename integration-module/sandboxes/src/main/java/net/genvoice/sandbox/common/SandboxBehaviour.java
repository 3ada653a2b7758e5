package net.genvoice.sandbox.common;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one partner's sandbox answers: approve (default), decline, slow (answers after 3 s), fail
 * (HTTP 503 or a SOAP fault, without processing anything) or time out (processes the request, then
 * answers only after 30 s: the partner acted but its answer got lost). A mode switched with a count
 * applies to that many calls and then returns to approve, so a test can make the first attempt time
 * out and the retry succeed. One instance per partner, shared by that partner's servlets and
 * endpoints.
 */
public final class SandboxBehaviour {

  /** The behaviours a sandbox can be switched to. */
  public enum Mode {
    APPROVE,
    DECLINE,
    SLOW,
    FAIL,
    TIMEOUT;

    public static Mode parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final long SLOW_MILLIS = 3_000;
  public static final long TIMEOUT_MILLIS = 30_000;

  private static final Map<String, SandboxBehaviour> BY_PARTNER = new ConcurrentHashMap<>();

  private Mode mode = Mode.APPROVE;
  private int remaining = -1;

  private SandboxBehaviour() {}

  /** The behaviour of the named partner's sandbox, such as "card-provider". */
  public static SandboxBehaviour of(String partner) {
    return BY_PARTNER.computeIfAbsent(partner, name -> new SandboxBehaviour());
  }

  public synchronized Mode mode() {
    return mode;
  }

  /** Calls still to get the current mode before approve returns; -1 for until switched. */
  public synchronized int remaining() {
    return remaining;
  }

  /** Switches to the mode for the next {@code times} calls, or until switched when negative. */
  public synchronized void switchTo(Mode next, int times) {
    mode = times == 0 ? Mode.APPROVE : next;
    remaining = times < 0 || next == Mode.APPROVE ? -1 : times;
  }

  /** The mode for the call now arriving; counts it against a limited switch. */
  public synchronized Mode next() {
    Mode now = mode;
    if (remaining > 0 && --remaining == 0) {
      mode = Mode.APPROVE;
      remaining = -1;
    }
    return now;
  }

  /** Waits as the mode asks: 3 s when slow, 30 s when timing out. */
  public static void delay(Mode mode) {
    long millis =
        switch (mode) {
          case SLOW -> SLOW_MILLIS;
          case TIMEOUT -> TIMEOUT_MILLIS;
          default -> 0;
        };
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
