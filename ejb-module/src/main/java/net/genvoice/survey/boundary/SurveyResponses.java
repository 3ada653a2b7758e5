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
import java.util.List;
import java.util.Locale;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.entity.Customer;
import net.genvoice.survey.control.SurveyAnswers;
import net.genvoice.survey.entity.Survey;
import net.genvoice.survey.entity.SurveyAnswer;
import net.genvoice.survey.entity.SurveyResponse;
import net.genvoice.survey.entity.SurveyStatus;

/**
 * Survey responses (P14): a customer who consented to survey participation is invited to the open
 * surveys and answers each once; the response is marked internal-only and appears in the customer's
 * own data, and nowhere else outside GenVoice. A refused answer writes nothing.
 */
@Stateless
public class SurveyResponses {

  @PersistenceContext EntityManager em;
  @EJB Consents consents;

  Clock clock = Clock.systemUTC();

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
    List<SurveyAnswer> answers = SurveyAnswers.check(survey, command.answers());
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

  private Survey find(String surveyId) {
    Survey survey = surveyId == null ? null : em.find(Survey.class, surveyId);
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
}
