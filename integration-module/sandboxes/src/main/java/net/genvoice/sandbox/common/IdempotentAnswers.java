package net.genvoice.sandbox.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers kept per idempotency key, as payment providers keep them: a request that repeats a key
 * gets the first answer again and is not processed twice, so a retried authorisation or capture
 * never charges twice. Two requests with one key at once are processed once.
 */
public final class IdempotentAnswers {

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /** The answer first given to this operation and key, or null. */
  public Answer replay(String operation, String key) {
    return key == null ? null : answers.get(operation + " " + key);
  }

  /** Processes the request once per operation and key; without a key, every time. */
  public Answer once(String operation, String key, Supplier<Answer> processing) {
    if (key == null) {
      return processing.get();
    }
    return answers.computeIfAbsent(operation + " " + key, ignored -> processing.get());
  }
}
