package net.genvoice.survey.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.genvoice.survey.entity.Survey;
import net.genvoice.survey.entity.SurveyQuestion;
import net.genvoice.survey.entity.SurveyResponse;

/**
 * P14: a customer's own response, as they see it in their own data: with the internal-only mark and
 * each answer beside its question.
 */
public record SurveyResponseView(
    String id,
    String surveyId,
    String surveyTitle,
    Instant submittedAt,
    boolean internalOnly,
    List<AnswerView> answers) {

  /** One answer with the question it answers. */
  public record AnswerView(String questionId, int number, String prompt, String answer) {}

  static SurveyResponseView of(SurveyResponse response, Survey survey) {
    Map<String, SurveyQuestion> questions =
        survey.questions().stream()
            .collect(Collectors.toMap(SurveyQuestion::id, Function.identity()));
    List<AnswerView> answers =
        response.answers().stream()
            .map(
                answer -> {
                  SurveyQuestion question = questions.get(answer.questionId());
                  return new AnswerView(
                      answer.questionId(), question.position(), question.prompt(), answer.answer());
                })
            .sorted(java.util.Comparator.comparingInt(AnswerView::number))
            .toList();
    return new SurveyResponseView(
        response.id(),
        survey.id(),
        survey.title(),
        response.submittedAt(),
        response.isInternalOnly(),
        answers);
  }
}
