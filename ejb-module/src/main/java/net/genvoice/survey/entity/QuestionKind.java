package net.genvoice.survey.entity;

import java.util.List;
import java.util.Optional;

/** What a survey question asks for, and which answers it accepts. */
public enum QuestionKind {
  /** Free text, up to {@link #MAX_TEXT} characters. */
  TEXT,
  /** A whole number from 1 (poor) to 5 (excellent). */
  RATING,
  /** Exactly one of the question's choices. */
  CHOICE;

  public static final int MAX_TEXT = 2000;

  /** Why the answer does not fit this kind of question, or empty when it does. */
  Optional<String> problemWith(String answer, List<String> choices) {
    return switch (this) {
      case TEXT ->
          answer.length() > MAX_TEXT
              ? Optional.of("Keep the answer to " + MAX_TEXT + " characters")
              : Optional.empty();
      case RATING ->
          answer.matches("[1-5]") ? Optional.empty() : Optional.of("Choose a rating from 1 to 5");
      case CHOICE ->
          choices.contains(answer)
              ? Optional.empty()
              : Optional.of("Choose one of: " + String.join(", ", choices));
    };
  }
}
