package net.genvoice.usage.control;

import java.util.OptionalLong;

/**
 * P05: a count of fewer than five uses is never shown, so that no individual's use can be picked
 * out of a report; zero is suppressed too, so a suppressed cell does not betray that someone used
 * the feature.
 */
public final class SmallCounts {

  public static final int THRESHOLD = 5;

  private SmallCounts() {}

  /** The count, or empty when it must not be shown. */
  public static OptionalLong shown(long count) {
    return count < THRESHOLD ? OptionalLong.empty() : OptionalLong.of(count);
  }
}
