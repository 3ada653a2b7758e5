package net.genvoice.customer.control;

import java.util.LinkedHashMap;
import java.util.Map;
import net.genvoice.platform.error.InvalidInputException;

/** Collects every field problem of a request, so a client learns them all at once. */
public final class FieldErrors {

  private final Map<String, String> errors = new LinkedHashMap<>();

  public void add(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public void addAll(String prefix, Map<String, String> fieldErrors) {
    fieldErrors.forEach((field, message) -> add(prefix + field, message));
  }

  /** Throws an {@link InvalidInputException} with every problem collected, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
