package net.genvoice.survey.control;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.survey.entity.QuestionKind;

/**
 * Checks the questions of a survey before it is written, adding a message per refused field (named
 * like {@code questions[2].choices}): a known kind; a choice question with 2 to 10 distinct choices
 * on one line each; no choices on any other kind.
 */
public final class SurveyDefinitions {

  /** A question that passed the checks, stripped of surrounding blanks. */
  public record Question(
      String prompt, QuestionKind kind, List<String> choices, boolean required) {}

  static final int MIN_CHOICES = 2;
  static final int MAX_CHOICES = 10;

  private SurveyDefinitions() {}

  /** The question at {@code index} of the survey, or empty when a field of it is refused. */
  public static Optional<Question> check(
      int index,
      String prompt,
      String kind,
      List<String> choices,
      Boolean required,
      FieldErrors errors) {
    String field = "questions[" + index + "].";
    Optional<QuestionKind> known = kindOf(kind);
    if (known.isEmpty()) {
      errors.add(field + "kind", "Choose the kind of question: " + kindNames());
      return Optional.empty();
    }
    List<String> cleaned =
        choices == null
            ? List.of()
            : choices.stream().map(c -> c == null ? "" : c.strip()).toList();
    Optional<String> problem = problemWithChoices(known.get(), cleaned);
    if (problem.isPresent()) {
      errors.add(field + "choices", problem.get());
      return Optional.empty();
    }
    return Optional.of(
        new Question(prompt.strip(), known.get(), cleaned, !Boolean.FALSE.equals(required)));
  }

  static Optional<String> problemWithChoices(QuestionKind kind, List<String> choices) {
    if (kind != QuestionKind.CHOICE) {
      return choices.isEmpty()
          ? Optional.empty()
          : Optional.of("Only a choice question has choices");
    }
    if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
      return Optional.of("Give " + MIN_CHOICES + " to " + MAX_CHOICES + " choices");
    }
    if (choices.stream().anyMatch(c -> c.isEmpty() || c.contains("\n") || c.contains("\r"))) {
      return Optional.of("Each choice needs a text of one line");
    }
    Set<String> distinct = new LinkedHashSet<>(choices);
    return distinct.size() == choices.size()
        ? Optional.empty()
        : Optional.of("Each choice must differ from the others");
  }

  private static Optional<QuestionKind> kindOf(String name) {
    return Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(name)).findFirst();
  }

  private static String kindNames() {
    return Arrays.stream(QuestionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
