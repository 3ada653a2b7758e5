package net.genvoice.survey.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.survey.entity.Survey;
import net.genvoice.survey.entity.SurveyAnswer;
import net.genvoice.survey.entity.SurveyQuestion;

/**
 * Checks a customer's answers against the survey's questions: each answer fits its question, every
 * required question is answered, no answer names a question the survey does not have, and at least
 * one question is answered. Every problem is reported at once, each named {@code answers[ID]} as
 * Bean Validation names a map entry.
 */
public final class SurveyAnswers {

  private SurveyAnswers() {}

  /** The answers to keep, stripped, in question order; throws with every problem otherwise. */
  public static List<SurveyAnswer> check(Survey survey, Map<String, String> given) {
    FieldErrors errors = new FieldErrors();
    boolean refused = false;
    for (String questionId : given.keySet()) {
      if (survey.question(questionId).isEmpty()) {
        errors.add(field(questionId), "This survey has no such question");
        refused = true;
      }
    }
    List<SurveyAnswer> answers = new ArrayList<>();
    for (SurveyQuestion question : survey.questions()) {
      String answer = given.get(question.id());
      Optional<String> problem = question.problemWith(answer);
      if (problem.isPresent()) {
        errors.add(field(question.id()), problem.get());
        refused = true;
      } else if (answer != null && !answer.isBlank()) {
        answers.add(new SurveyAnswer(question.id(), answer.strip()));
      }
    }
    if (answers.isEmpty() && !refused) {
      errors.add("answers", "Answer at least one question");
    }
    errors.throwIfAny();
    return answers;
  }

  /** The field of a question's answer. */
  public static String field(String questionId) {
    return "answers[" + questionId + "]";
  }
}
