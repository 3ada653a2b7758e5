package net.genvoice.survey.boundary;

import java.util.List;
import net.genvoice.survey.entity.Survey;

/** An open survey as a customer sees it, and whether they have answered it already. */
public record OpenSurveyView(
    String id, String title, String introduction, List<QuestionView> questions, boolean answered) {

  static OpenSurveyView of(Survey survey, boolean answered) {
    return new OpenSurveyView(
        survey.id(),
        survey.title(),
        survey.introduction(),
        survey.questions().stream().map(QuestionView::of).toList(),
        answered);
  }
}
