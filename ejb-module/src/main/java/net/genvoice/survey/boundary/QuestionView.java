package net.genvoice.survey.boundary;

import java.util.List;
import net.genvoice.survey.entity.SurveyQuestion;

/** One question of a survey, numbered from 1. */
public record QuestionView(
    String id, int number, String prompt, String kind, List<String> choices, boolean required) {

  static QuestionView of(SurveyQuestion question) {
    return new QuestionView(
        question.id(),
        question.position(),
        question.prompt(),
        question.kind().name(),
        question.choices(),
        question.isRequired());
  }
}
