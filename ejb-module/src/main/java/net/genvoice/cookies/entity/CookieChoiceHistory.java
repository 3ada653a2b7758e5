package net.genvoice.cookies.entity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P06: a customer's cookie consents over time, from their consent history, so that the choice can
 * be read as it stood at any moment: a visit made before a grant is never treated as consented,
 * however late it is written down.
 */
public final class CookieChoiceHistory {

  /** One recorded change of one category, in the order of the consent history. */
  public record Change(Instant at, CookieCategory category, boolean granted) {}

  private final List<Change> changes;

  public CookieChoiceHistory(List<Change> changesInOrder) {
    this.changes = List.copyOf(changesInOrder);
  }

  /** The latest state of each category that has a change; empty before any. */
  public Map<CookieCategory, Boolean> latestStates() {
    return statesUntil(Instant.MAX);
  }

  /** The choice as last recorded; empty when the customer never chose. */
  public Optional<CookieChoice> latest() {
    return at(Instant.MAX);
  }

  /** The choice as it stood at the moment; empty when nothing was recorded by then. */
  public Optional<CookieChoice> at(Instant moment) {
    Map<CookieCategory, Boolean> states = statesUntil(moment);
    if (states.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CookieChoice(
            states.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet())));
  }

  private Map<CookieCategory, Boolean> statesUntil(Instant moment) {
    Map<CookieCategory, Boolean> states = new EnumMap<>(CookieCategory.class);
    for (Change change : changes) {
      if (!change.at().isAfter(moment)) {
        states.put(change.category(), change.granted());
      }
    }
    return states;
  }
}
