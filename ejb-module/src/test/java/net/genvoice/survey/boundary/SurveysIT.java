package net.genvoice.survey.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P14 against the real schema, checked with plain JDBC: a customer who consented answers an open
 * survey once, every stored response is marked internal-only (and the database refuses one that is
 * not), a customer without consent cannot answer, and every refused request writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("surveys-it", SignUps.class, DatabaseRows.class);
  }

  @EJB Surveys surveys;
  @EJB SurveyResponses responses;
  @EJB Consents consents;
  @EJB Customers customers;
  @EJB Database database;

  DatabaseRows db;
  String customer;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Survey"))).id();
  }

  @Test
  void aParticipantAnswersOnceAndTheResponseIsMarkedInternalOnly() {
    SurveyView survey = openSurvey();
    participate(customer);
    assertEquals(1, openFor(customer, survey.id()).size());

    SurveyResponseView response =
        responses.answer(customer, survey.id(), answers(survey, "4", "Calls", "More"));

    assertTrue(response.internalOnly());
    Map<String, Object> row =
        db.single("SELECT * FROM survey_response WHERE id = ?", response.id());
    assertEquals(Boolean.TRUE, row.get("internal_only"));
    assertEquals(customer, row.get("customer_id"));
    assertEquals(
        3, db.count("SELECT COUNT(*) FROM survey_answer WHERE response_id = ?", response.id()));
    // P14: it is in the customer's own data, with its mark
    List<SurveyResponseView> own = responses.responsesOf(customer);
    assertEquals(1, own.size());
    assertTrue(own.get(0).internalOnly());
    assertEquals(
        List.of("4", "Calls", "More"), own.get(0).answers().stream().map(a -> a.answer()).toList());
    assertTrue(openFor(customer, survey.id()).get(0).answered());
    assertEquals(1, surveys.survey(survey.id()).responses());

    assertRefused(
        SurveyAlreadyAnsweredException.class,
        () -> responses.answer(customer, survey.id(), answers(survey, "5", "Texts", null)));
  }

  @Test
  void everyStoredResponseIsMarkedInternalOnlyAndTheDatabaseRefusesOneThatIsNot()
      throws SQLException {
    SurveyView survey = openSurvey();
    for (int i = 0; i < 3; i++) {
      String someone = customers.signUp(SignUps.withVisa(uniqueEmail("Many"))).id();
      participate(someone);
      responses.answer(someone, survey.id(), answers(survey, "3", "Texts", null));
    }

    assertTrue(db.countAll("survey_response") >= 3);
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM survey_response WHERE internal_only <> TRUE"), "P14");
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      String insert =
          "INSERT INTO survey_response (id, survey_id, customer_id, submitted_at, internal_only)"
              + " VALUES ('"
              + UUID.randomUUID()
              + "', '"
              + survey.id()
              + "', '"
              + customer
              + "', CURRENT_TIMESTAMP, FALSE)";
      assertThrows(SQLException.class, () -> statement.executeUpdate(insert), "check constraint");
    }
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?", customer));
  }

  @Test
  void withoutParticipationConsentNoSurveyIsOfferedAndAnAnswerIsRefused() {
    SurveyView survey = openSurvey();

    assertEquals(List.of(), responses.openFor(customer), "not invited without consent");
    SurveyConsentMissingException refused =
        assertRefused(
            SurveyConsentMissingException.class,
            () -> responses.answer(customer, survey.id(), answers(survey, "4", "Calls", null)));
    assertEquals("survey-consent-missing", refused.code());
    assertTrue(refused.getMessage().contains("survey.participation"), refused.getMessage());

    participate(customer);
    consents.withdraw(
        customer,
        new WithdrawalCommand(ConsentPurpose.SURVEY_PARTICIPATION.code(), null, null, null),
        null);
    assertRefused(
        SurveyConsentMissingException.class,
        () -> responses.answer(customer, survey.id(), answers(survey, "4", "Calls", null)));
  }

  @Test
  void answersThatDoNotFitTheirQuestionsAreRefusedTogether() {
    SurveyView survey = openSurvey();
    participate(customer);
    Map<String, String> given = new LinkedHashMap<>();
    given.put(question(survey, 1), "7");
    given.put(question(survey, 2), "Fax");
    given.put("no-such-question", "x");

    InvalidInputException refused =
        assertRefused(
            InvalidInputException.class,
            () -> responses.answer(customer, survey.id(), new AnswersCommand(given)));

    assertEquals(
        Set.of(
            "answers[no-such-question]",
            "answers[" + question(survey, 1) + "]",
            "answers[" + question(survey, 2) + "]"),
        refused.fieldErrors().keySet());
    Map<String, String> missing = new LinkedHashMap<>();
    missing.put(question(survey, 3), "Only the optional one");
    InvalidInputException required =
        assertRefused(
            InvalidInputException.class,
            () -> responses.answer(customer, survey.id(), new AnswersCommand(missing)));
    assertEquals(
        Set.of("answers[" + question(survey, 1) + "]", "answers[" + question(survey, 2) + "]"),
        required.fieldErrors().keySet());
  }

  @Test
  void draftsAreHiddenAndClosedSurveysTakeNoAnswers() {
    participate(customer);
    SurveyView draft = surveys.create("staff-1", definition());

    assertEquals("DRAFT", draft.status());
    assertEquals(0, openFor(customer, draft.id()).size());
    assertRefused(
        SurveyNotFoundException.class,
        () -> responses.answer(customer, draft.id(), answers(draft, "4", "Calls", null)));
    assertThrows(SurveyNotFoundException.class, () -> responses.openSurvey(customer, draft.id()));

    surveys.open(draft.id());
    SurveyView closed = surveys.close(draft.id());
    assertEquals("CLOSED", closed.status());
    assertRefused(
        SurveyStatusException.class,
        () -> responses.answer(customer, draft.id(), answers(draft, "4", "Calls", null)));
    assertThrows(SurveyStatusException.class, () -> surveys.open(draft.id()), "never reopened");
    assertThrows(SurveyStatusException.class, () -> surveys.close(draft.id()));
    assertThrows(SurveyNotFoundException.class, () -> surveys.open("no-such-survey"));
  }

  @Test
  void aBadDefinitionIsRefusedNamingEachFieldAndWritesNothing() {
    long before = db.countAll("survey");
    var bad =
        new SurveyCommand(
            "Bad",
            null,
            List.of(
                new QuestionCommand("Rate", "SLIDER", null, null),
                new QuestionCommand("Pick", "CHOICE", List.of("One"), null)));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> surveys.create("staff-1", bad));

    assertEquals(
        Set.of("questions[0].kind", "questions[1].choices"), refused.fieldErrors().keySet());
    assertEquals(before, db.countAll("survey"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM survey WHERE title = 'Bad'"));
  }

  @Test
  void aSurveyIsWrittenWithItsQuestionsInOrder() {
    SurveyView created = surveys.create("staff-7", definition());

    assertEquals(List.of(1, 2, 3), created.questions().stream().map(QuestionView::number).toList());
    assertEquals(List.of("Calls", "Texts", "Voicemail"), created.questions().get(1).choices());
    Map<String, Object> row = db.single("SELECT * FROM survey WHERE id = ?", created.id());
    assertEquals("staff-7", row.get("created_by"));
    assertEquals("DRAFT", row.get("status"));
    assertEquals(
        3, db.count("SELECT COUNT(*) FROM survey_question WHERE survey_id = ?", created.id()));
    assertTrue(surveys.all().stream().anyMatch(s -> s.id().equals(created.id())));
  }

  private <T extends BusinessException> T assertRefused(Class<T> type, Runnable request) {
    long responses = db.countAll("survey_response");
    long answers = db.countAll("survey_answer");
    T refused = assertThrows(type, request::run);
    assertEquals(responses, db.countAll("survey_response"), "nothing written");
    assertEquals(answers, db.countAll("survey_answer"), "nothing written");
    return refused;
  }

  private SurveyView openSurvey() {
    return surveys.open(surveys.create("staff-1", definition()).id());
  }

  private static SurveyCommand definition() {
    return new SurveyCommand(
        "How are we doing?",
        "Three short questions.",
        List.of(
            new QuestionCommand("How do you rate GenVoice?", "RATING", null, null),
            new QuestionCommand(
                "What do you use most?", "CHOICE", List.of("Calls", "Texts", "Voicemail"), true),
            new QuestionCommand("What should we build next?", "TEXT", null, false)));
  }

  private static AnswersCommand answers(
      SurveyView survey, String rating, String choice, String text) {
    Map<String, String> given = new LinkedHashMap<>();
    given.put(question(survey, 1), rating);
    given.put(question(survey, 2), choice);
    if (text != null) {
      given.put(question(survey, 3), text);
    }
    return new AnswersCommand(given);
  }

  private static String question(SurveyView survey, int number) {
    return survey.questions().get(number - 1).id();
  }

  private List<OpenSurveyView> openFor(String who, String surveyId) {
    return responses.openFor(who).stream().filter(s -> s.id().equals(surveyId)).toList();
  }

  private void participate(String who) {
    consents.grant(
        who,
        new ConsentCommand(
            ConsentPurpose.SURVEY_PARTICIPATION.code(),
            null,
            null,
            null,
            ConsentPurpose.TEXT_VERSION,
            null),
        null);
  }
}
