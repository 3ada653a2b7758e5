package net.genvoice.platform.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a business rule, with the message for each field concerned. */
public class InvalidInputException extends BusinessException {

  private final Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super(Kind.INVALID, "invalid-input", "The request has invalid fields: " + fieldErrors.keySet());
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  @Override
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
