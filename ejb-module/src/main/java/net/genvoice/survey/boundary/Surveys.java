package net.genvoice.survey.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.survey.control.SurveyDefinitions;
import net.genvoice.survey.entity.Survey;
import net.genvoice.survey.entity.SurveyResponse;

/**
 * Surveys (P14): staff (the marketing role, enforced at the web edge) write a survey as a draft,
 * open it and close it, and see how many customers answered, never who or what. Customers answer
 * through {@link SurveyResponses}. A refused request writes nothing.
 */
@Stateless
public class Surveys {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Writes a new survey as a draft; customers see it only once it is opened. */
  public SurveyView create(String staffId, @NotNull @Valid SurveyCommand command) {
    FieldErrors errors = new FieldErrors();
    List<SurveyDefinitions.Question> questions = new ArrayList<>();
    for (int i = 0; i < command.questions().size(); i++) {
      QuestionCommand question = command.questions().get(i);
      SurveyDefinitions.check(
              i,
              question.prompt(),
              question.kind(),
              question.choices(),
              question.required(),
              errors)
          .ifPresent(questions::add);
    }
    errors.throwIfAny();
    String introduction = command.introduction();
    Survey survey =
        new Survey(
            command.title().strip(),
            introduction == null || introduction.isBlank() ? null : introduction.strip(),
            staffId,
            clock.instant());
    questions.forEach(q -> survey.ask(q.prompt(), q.kind(), q.choices(), q.required()));
    em.persist(survey);
    em.flush();
    return SurveyView.of(survey, 0);
  }

  public SurveyView open(String surveyId) {
    Survey survey = lock(surveyId);
    if (!survey.open()) {
      throw new SurveyStatusException(
          "Only a draft survey can be opened; this one is " + state(survey));
    }
    return SurveyView.of(survey, responsesTo(survey.id()));
  }

  /** Closes an open survey: customers can answer it no more; its responses stay. */
  public SurveyView close(String surveyId) {
    Survey survey = lock(surveyId);
    if (!survey.close()) {
      throw new SurveyStatusException(
          "Only an open survey can be closed; this one is " + state(survey));
    }
    return SurveyView.of(survey, responsesTo(survey.id()));
  }

  /** Every survey, newest first, with how many customers answered each. */
  public List<SurveyView> all() {
    Map<String, Long> counts = responseCounts();
    return em.createNamedQuery(Survey.ALL, Survey.class)
        .getResultStream()
        .map(survey -> SurveyView.of(survey, counts.getOrDefault(survey.id(), 0L)))
        .toList();
  }

  public SurveyView survey(String surveyId) {
    Survey survey = find(surveyId);
    return SurveyView.of(survey, responsesTo(survey.id()));
  }

  private long responsesTo(String surveyId) {
    return responseCounts().getOrDefault(surveyId, 0L);
  }

  private Map<String, Long> responseCounts() {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(SurveyResponse.COUNT_PER_SURVEY, Object[].class).getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private Survey find(String surveyId) {
    Survey survey = surveyId == null ? null : em.find(Survey.class, surveyId);
    if (survey == null) {
      throw new SurveyNotFoundException();
    }
    return survey;
  }

  private Survey lock(String surveyId) {
    Survey survey =
        surveyId == null ? null : em.find(Survey.class, surveyId, LockModeType.PESSIMISTIC_WRITE);
    if (survey == null) {
      throw new SurveyNotFoundException();
    }
    return survey;
  }

  private static String state(Survey survey) {
    return survey.status().name().toLowerCase(Locale.ROOT) + ".";
  }
}
