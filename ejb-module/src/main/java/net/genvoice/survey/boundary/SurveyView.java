package net.genvoice.survey.boundary;

import java.time.Instant;
import java.util.List;
import net.genvoice.survey.entity.Survey;

/** A survey as staff see it, with how many customers have answered it. */
public record SurveyView(
    String id,
    String title,
    String introduction,
    String status,
    List<QuestionView> questions,
    long responses,
    Instant createdAt) {

  static SurveyView of(Survey survey, long responses) {
    return new SurveyView(
        survey.id(),
        survey.title(),
        survey.introduction(),
        survey.status().name(),
        survey.questions().stream().map(QuestionView::of).toList(),
        responses,
        survey.createdAt());
  }
}
