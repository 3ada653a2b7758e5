package net.genvoice.consent.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P12, P17: the current state of consent, derived from the history and nothing else: the latest
 * event of each key wins; a key without events is granted only when its purpose is opt-out.
 */
public final class ConsentState {

  /** Oldest first, by each event's place in its subject's history. */
  public static final Comparator<ConsentEvent> CHRONOLOGICAL =
      Comparator.comparingLong(ConsentEvent::sequence);

  private final Map<ConsentKey, ConsentEvent> latest = new TreeMap<>(ConsentKey.ORDER);

  private ConsentState(List<ConsentEvent> history) {
    history.stream().sorted(CHRONOLOGICAL).forEach(event -> latest.put(event.key(), event));
  }

  public static ConsentState of(List<ConsentEvent> history) {
    return new ConsentState(history);
  }

  /** The latest event of each key that has one, in catalogue order. */
  public Map<ConsentKey, ConsentEvent> latest() {
    return java.util.Collections.unmodifiableMap(latest);
  }

  public Optional<ConsentEvent> latestOf(ConsentKey key) {
    return Optional.ofNullable(latest.get(key));
  }

  /** Whether the consent of the key holds now: its latest event, or the purpose's default. */
  public boolean isGranted(ConsentKey key) {
    return latestOf(key).map(ConsentEvent::isGranted).orElse(key.purpose().isOptOut());
  }

  /** Whether the purpose holds for the recipient and scope (both ignored unless it names them). */
  public boolean isGranted(ConsentPurpose purpose, String recipientId, String scope) {
    return isGranted(ConsentKey.of(purpose, recipientId, scope));
  }
}
