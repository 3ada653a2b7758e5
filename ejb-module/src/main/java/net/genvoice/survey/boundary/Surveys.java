package net.genvoice.survey.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.entity.Customer;
import net.genvoice.survey.control.SurveyDefinitions;
import net.genvoice.survey.entity.Survey;
import net.genvoice.survey.entity.SurveyAnswer;
import net.genvoice.survey.entity.SurveyQuestion;
import net.genvoice.survey.entity.SurveyResponse;
import net.genvoice.survey.entity.SurveyStatus;

/**
 * Surveys (P14). Staff (the marketing role, enforced at the web edge) write a survey as a draft,
 * open it and close it. A customer who consented to survey participation answers an open survey
 * once; the response is marked internal-only and appears in the customer's own data. A refused
 * request writes nothing.
 */
@Stateless
public class Surveys {

  @PersistenceContext EntityManager em;
  @EJB Consents consents;

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

  /**
   * The open surveys a customer is invited to. P17: only a customer who consented to survey
   * participation is invited; for anyone else the list is empty.
   */
  public List<OpenSurveyView> openFor(String customerId) {
    String customer = requireActive(customerId);
    if (!participates(customer)) {
      return List.of();
    }
    return em.createNamedQuery(Survey.WITH_STATUS, Survey.class)
        .setParameter("status", SurveyStatus.OPEN)
        .getResultStream()
        .map(survey -> OpenSurveyView.of(survey, hasAnswered(customer, survey.id())))
        .toList();
  }

  /** One open survey as the customer sees it; drafts and closed surveys are not found. */
  public OpenSurveyView openSurvey(String customerId, String surveyId) {
    String customer = requireActive(customerId);
    Survey survey = find(surveyId);
    if (!survey.isOpen()) {
      throw new SurveyNotFoundException();
    }
    return OpenSurveyView.of(survey, hasAnswered(customer, survey.id()));
  }

  /**
   * P14: the customer's answers to an open survey, kept as one internal-only response. Refused
   * without a current consent to survey participation, for a survey answered already, and for
   * answers that do not fit their questions (every one reported at once).
   */
  public SurveyResponseView answer(
      String customerId, String surveyId, @NotNull @Valid AnswersCommand command) {
    Customer customer = lockActive(customerId);
    Survey survey = find(surveyId);
    if (survey.status() == SurveyStatus.DRAFT) {
      throw new SurveyNotFoundException();
    }
    if (!survey.isOpen()) {
      throw new SurveyStatusException("This survey is closed; it takes no more answers.");
    }
    if (!participates(customer.id())) {
      throw new SurveyConsentMissingException();
    }
    if (hasAnswered(customer.id(), survey.id())) {
      throw new SurveyAlreadyAnsweredException();
    }
    List<SurveyAnswer> answers = checkedAnswers(survey, command.answers());
    SurveyResponse response =
        new SurveyResponse(survey.id(), customer.id(), answers, clock.instant());
    em.persist(response);
    flush();
    return SurveyResponseView.of(response, survey);
  }

  /** P14: the customer's own responses, each with its internal-only mark, oldest first. */
  public List<SurveyResponseView> responsesOf(String customerId) {
    String customer = requireActive(customerId);
    return em.createNamedQuery(SurveyResponse.OF_CUSTOMER, SurveyResponse.class)
        .setParameter("customer", customer)
        .getResultStream()
        .map(
            response -> SurveyResponseView.of(response, em.find(Survey.class, response.surveyId())))
        .toList();
  }

  private static List<SurveyAnswer> checkedAnswers(Survey survey, Map<String, String> given) {
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

  /** The field of a question's answer, as Bean Validation names a map entry. */
  static String field(String questionId) {
    return "answers[" + questionId + "]";
  }

  private boolean participates(String customerId) {
    return consents.hasCurrentConsent(customerId, null, ConsentPurpose.SURVEY_PARTICIPATION, null);
  }

  private boolean hasAnswered(String customerId, String surveyId) {
    return em.createNamedQuery(SurveyResponse.OF_CUSTOMER_FOR, Long.class)
            .setParameter("customer", customerId)
            .setParameter("survey", surveyId)
            .getSingleResult()
        > 0;
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

  private String requireActive(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer.id();
  }

  /** The lock serialises one customer's answers, so that a survey is answered once. */
  private Customer lockActive(String customerId) {
    Customer customer =
        customerId == null
            ? null
            : em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer;
  }

  /** The unique key (survey, customer) refuses a second response all the same. */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (messagesOf(e).contains("uq_survey_response_customer")) {
        throw new SurveyAlreadyAnsweredException();
      }
      throw e;
    }
  }

  private static String messagesOf(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
      if (cause.getCause() == cause) {
        break;
      }
    }
    return messages.toString().toLowerCase(Locale.ROOT);
  }

  private static String state(Survey survey) {
    return survey.status().name().toLowerCase(Locale.ROOT) + ".";
  }
}
