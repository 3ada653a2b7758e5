package net.genvoice.consentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.Test;

/**
 * P14 end to end: marketing staff write and open a survey; a customer who agreed to take part
 * answers it once and finds the response, marked internal-only, in their own data; a customer
 * without that consent is refused clearly; every stored response carries the mark; bad input is a
 * problem naming its fields and writes nothing; only marketing staff reach the survey API.
 */
class SurveyApiIT {

  private static final String STAFF_SURVEYS = "/api/v1/staff/marketing/surveys";
  private static final String MY_SURVEYS = "/api/v1/me/surveys";

  private final Http http = new Http();
  private final String marketing = StaffAccounts.token("marketing");

  @Test
  void aParticipantAnswersOnceAndSeesTheResponseMarkedInternalOnly() {
    JsonObject survey = openSurvey();
    ApiCustomer ada = ApiCustomer.signedUp();
    participate(ada);
    assertTrue(
        ada.array(MY_SURVEYS).stream()
            .anyMatch(s -> s.asJsonObject().getString("id").equals(survey.getString("id"))));

    HttpResponse<String> answered = answer(ada, survey, "5", "Voicemail", "Nothing");

    assertEquals(201, answered.statusCode(), answered.body());
    assertTrue(Http.json(answered).getBoolean("internalOnly"));
    JsonArray own = ada.array(MY_SURVEYS + "/responses");
    assertEquals(1, own.size());
    JsonObject response = own.getJsonObject(0);
    assertTrue(response.getBoolean("internalOnly"), "P14: in the customer's own data, marked");
    assertEquals(
        List.of("5", "Voicemail", "Nothing"),
        response.getJsonArray("answers").stream()
            .map(a -> a.asJsonObject().getString("answer"))
            .toList());
    assertEquals(
        1,
        Rows.count(
            "SELECT COUNT(*) FROM survey_response WHERE customer_id = ? AND internal_only = TRUE",
            ada.id));
    assertEquals(1, staffView(survey).getInt("responses"));

    HttpResponse<String> again = answer(ada, survey, "1", "Calls", null);
    assertProblem(again, 409, "survey-already-answered");
    assertEquals(
        1, Rows.count("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?", ada.id));
  }

  @Test
  void everyStoredResponseIsMarkedInternalOnly() {
    JsonObject survey = openSurvey();
    for (int i = 0; i < 2; i++) {
      ApiCustomer someone = ApiCustomer.signedUp();
      participate(someone);
      assertEquals(201, answer(someone, survey, "3", "Calls", null).statusCode());
    }

    assertTrue(Rows.all("survey_response") >= 2);
    assertEquals(
        0,
        Rows.count(
            "SELECT COUNT(*) FROM survey_response WHERE internal_only IS NULL OR internal_only <> TRUE"));
  }

  @Test
  void withoutParticipationConsentASurveyIsNotOfferedAndAnAnswerIsRefused() {
    JsonObject survey = openSurvey();
    ApiCustomer ada = ApiCustomer.signedUp();

    assertEquals(0, ada.array(MY_SURVEYS).size(), "no invitation without consent");
    HttpResponse<String> refused = answer(ada, survey, "4", "Calls", null);

    JsonObject problem = assertProblem(refused, 403, "survey-consent-missing");
    assertTrue(problem.getString("detail").contains("survey.participation"), problem.toString());
    assertEquals(
        0, Rows.count("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?", ada.id));
    assertEquals(0, ada.array(MY_SURVEYS + "/responses").size());
  }

  @Test
  void answersThatDoNotFitAreProblemsNamingEachQuestionAndWriteNothing() {
    JsonObject survey = openSurvey();
    ApiCustomer ada = ApiCustomer.signedUp();
    participate(ada);
    long before = Rows.all("survey_answer");

    HttpResponse<String> refused =
        ada.post(
            MY_SURVEYS + "/" + survey.getString("id") + "/responses",
            Json.createObjectBuilder()
                .add(
                    "answers",
                    Json.createObjectBuilder()
                        .add(question(survey, 1), "9")
                        .add(question(survey, 2), "Fax")
                        .add("no-such-question", "x"))
                .build());

    JsonObject problem = assertProblem(refused, 400, "invalid-input");
    assertEquals(
        Set.of(
            "answers[" + question(survey, 1) + "]",
            "answers[" + question(survey, 2) + "]",
            "answers[no-such-question]"),
        fields(problem));
    assertProblem(
        ada.post(
            MY_SURVEYS + "/" + UUID.randomUUID() + "/responses",
            answers(survey, "1", "Calls", null)),
        404,
        "not-found");
    assertProblem(
        ada.post(
            MY_SURVEYS + "/" + survey.getString("id") + "/responses",
            Json.createObjectBuilder().build()),
        400,
        "invalid-input");
    assertEquals(
        0, Rows.count("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?", ada.id));
    assertEquals(before, Rows.all("survey_answer"));
  }

  @Test
  void draftsAndClosedSurveysTakeNoAnswers() {
    JsonObject draft = create(definition("Draft"));
    ApiCustomer ada = ApiCustomer.signedUp();
    participate(ada);

    assertProblem(answer(ada, draft, "4", "Calls", null), 404, "not-found");
    assertEquals(
        200, staff("POST", STAFF_SURVEYS + "/" + draft.getString("id") + "/opening").statusCode());
    HttpResponse<String> closed =
        staff("POST", STAFF_SURVEYS + "/" + draft.getString("id") + "/closing");
    assertEquals("CLOSED", Http.json(closed).getString("status"));

    assertProblem(answer(ada, draft, "4", "Calls", null), 409, "survey-status");
    assertProblem(
        staff("POST", STAFF_SURVEYS + "/" + draft.getString("id") + "/opening"),
        409,
        "survey-status");
    assertEquals(
        0, Rows.count("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?", ada.id));
  }

  @Test
  void aBadSurveyDefinitionNamesItsFieldsAndWritesNothing() {
    String title = "Bad " + UUID.randomUUID();
    JsonObject bad =
        Json.createObjectBuilder()
            .add("title", title)
            .add(
                "questions",
                Json.createArrayBuilder()
                    .add(question("Rate us", "SLIDER", null))
                    .add(question("Pick", "CHOICE", List.of("Only one")))
                    .add(question("", "TEXT", null)))
            .build();

    JsonObject problem = assertProblem(staff("POST", STAFF_SURVEYS, bad), 400, "invalid-input");
    JsonObject empty =
        assertProblem(
            staff(
                "POST",
                STAFF_SURVEYS,
                Json.createObjectBuilder()
                    .add("title", " ")
                    .add("questions", Json.createArrayBuilder())
                    .build()),
            400,
            "invalid-input");

    assertTrue(fields(problem).contains("questions[2].prompt"), problem.toString());
    assertEquals(Set.of("title", "questions"), fields(empty));
    HttpResponse<String> definitionProblems =
        staff(
            "POST",
            STAFF_SURVEYS,
            Json.createObjectBuilder()
                .add("title", title)
                .add(
                    "questions",
                    Json.createArrayBuilder()
                        .add(question("Rate us", "SLIDER", null))
                        .add(question("Pick", "CHOICE", List.of("Only one"))))
                .build());
    assertEquals(
        Set.of("questions[0].kind", "questions[1].choices"),
        fields(assertProblem(definitionProblems, 400, "invalid-input")));
    assertEquals(0, Rows.count("SELECT COUNT(*) FROM survey WHERE title = ?", title));
  }

  @Test
  void onlyMarketingStaffReachTheSurveyApi() {
    ApiCustomer ada = ApiCustomer.signedUp();
    String agent = StaffAccounts.token("support-agent");
    JsonObject body = definition("Forbidden " + UUID.randomUUID()).build();

    for (String token : List.of(ada.token, agent)) {
      assertEquals(403, http.withToken(token, "GET", STAFF_SURVEYS, null).statusCode());
      assertEquals(403, http.withToken(token, "POST", STAFF_SURVEYS, body).statusCode());
    }
    assertEquals(
        403, http.withToken(marketing, "GET", MY_SURVEYS, null).statusCode(), "no customer");
    assertEquals(401, http.get(MY_SURVEYS).statusCode());
    assertEquals(
        0, Rows.count("SELECT COUNT(*) FROM survey WHERE title = ?", body.getString("title")));
  }

  @Test
  void theOpenApiDocumentDescribesTheSurveyApi() {
    String document = http.get("/openapi").body();
    for (String path :
        List.of(
            MY_SURVEYS,
            MY_SURVEYS + "/responses",
            MY_SURVEYS + "/{surveyId}/responses",
            STAFF_SURVEYS,
            STAFF_SURVEYS + "/{surveyId}",
            STAFF_SURVEYS + "/{surveyId}/opening",
            STAFF_SURVEYS + "/{surveyId}/closing")) {
      assertTrue(document.contains(path + ":") || document.contains("\"" + path + "\""), path);
    }
  }

  private JsonObject openSurvey() {
    JsonObject created = create(definition("How are we doing? " + UUID.randomUUID()));
    HttpResponse<String> opened =
        staff("POST", STAFF_SURVEYS + "/" + created.getString("id") + "/opening");
    assertEquals(200, opened.statusCode(), opened.body());
    assertEquals("OPEN", Http.json(opened).getString("status"));
    return Http.json(opened);
  }

  private JsonObject create(JsonObjectBuilder definition) {
    HttpResponse<String> created = staff("POST", STAFF_SURVEYS, definition.build());
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").contains(STAFF_SURVEYS));
    JsonObject survey = Http.json(created);
    assertEquals("DRAFT", survey.getString("status"));
    return survey;
  }

  private JsonObject staffView(JsonObject survey) {
    return Http.json(staff("GET", STAFF_SURVEYS + "/" + survey.getString("id")));
  }

  private static JsonObjectBuilder definition(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("introduction", "Three short questions.")
        .add(
            "questions",
            Json.createArrayBuilder()
                .add(question("How do you rate GenVoice?", "RATING", null))
                .add(
                    question(
                        "What do you use most?", "CHOICE", List.of("Calls", "Texts", "Voicemail")))
                .add(question("What should we build next?", "TEXT", null).add("required", false)));
  }

  private static JsonObjectBuilder question(String prompt, String kind, List<String> choices) {
    JsonObjectBuilder question = Json.createObjectBuilder().add("prompt", prompt).add("kind", kind);
    if (choices != null) {
      question.add("choices", Json.createArrayBuilder(choices));
    }
    return question;
  }

  private static String question(JsonObject survey, int number) {
    return survey.getJsonArray("questions").getJsonObject(number - 1).getString("id");
  }

  private static JsonObject answers(JsonObject survey, String rating, String choice, String text) {
    JsonObjectBuilder given =
        Json.createObjectBuilder()
            .add(question(survey, 1), rating)
            .add(question(survey, 2), choice);
    if (text != null) {
      given.add(question(survey, 3), text);
    }
    return Json.createObjectBuilder().add("answers", given).build();
  }

  private static HttpResponse<String> answer(
      ApiCustomer customer, JsonObject survey, String rating, String choice, String text) {
    return customer.post(
        MY_SURVEYS + "/" + survey.getString("id") + "/responses",
        answers(survey, rating, choice, text));
  }

  private static void participate(ApiCustomer customer) {
    HttpResponse<String> granted =
        customer.post(
            "/api/v1/me/consents",
            Json.createObjectBuilder()
                .add("purpose", "survey.participation")
                .add("textVersion", "2026-11-01")
                .build());
    assertEquals(201, granted.statusCode(), granted.body());
  }

  private HttpResponse<String> staff(String method, String path) {
    return http.withToken(marketing, method, path, null);
  }

  private HttpResponse<String> staff(String method, String path, JsonObject body) {
    return http.withToken(marketing, method, path, body);
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    JsonObject problem = Http.json(response);
    assertEquals(code, problem.getString("code"), problem.toString());
    assertFalse(problem.getString("detail", "").contains("Exception"), problem.toString());
    return problem;
  }

  private static Set<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .collect(Collectors.toSet());
  }
}
