package net.genvoice.disclosureapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.genvoice.consentapi.ApiCustomer;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P14, P15, P18, P21, P23 over REST against the deployed EAR on MariaDB: the compliance officer's
 * registry and legal requests, the customer's own disclosures (a non-disclosure order in the past
 * no longer hides its release, a running one does), the chain's verification, credit applications;
 * every bad input answered with problem+json and nothing written.
 */
class DisclosureApiIT {

  private static final String RECIPIENTS = "/api/v1/staff/compliance/recipients";
  private static final String LEGAL_REQUESTS = "/api/v1/staff/compliance/legal-requests";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Http HTTP = new Http();

  private static String officer;

  @BeforeAll
  static void officer() {
    officer = StaffAccounts.token("compliance-officer");
  }

  @Test
  void aLegalExportIsRecordedAndShownToTheCustomerOnlyOnceItsNonDisclosureOrderEnded()
      throws SQLException {
    String court = court();
    ApiCustomer customer = ApiCustomer.signedUp();

    JsonObject ended =
        export(
            record(
                court,
                "Order A",
                customer.id,
                "IDENTITY",
                TODAY.minusDays(60),
                TODAY.minusDays(1)));
    JsonObject part = ended.getJsonArray("subjects").getJsonObject(0);
    assertTrue(part.getBoolean("released"), ended.toString());
    assertEquals("Ada Lovelace", part.getJsonObject("fields").getString("customer.name"));
    assertEquals(Set.of("customer.name"), part.getJsonObject("fields").keySet());
    export(record(court, "Order B", customer.id, "IDENTITY", TODAY, TODAY.plusDays(30)));

    List<JsonObject> seen = toCourt(customer.array("/api/v1/me/disclosures"), court);
    assertEquals(1, seen.size(), "only the release whose order has ended: " + seen);
    JsonObject disclosure = seen.get(0);
    assertEquals("Order A", disclosure.getString("reference"));
    assertEquals("District Court " + court, disclosure.getString("recipientName"));
    assertEquals("COMPLY_WITH_LAW", disclosure.getString("purpose"));
    assertEquals("LEGAL_OBLIGATION", disclosure.getString("legalBasis"));
    assertEquals(List.of("customer.name"), strings(disclosure.getJsonArray("fields")));
    assertEquals(List.of("IDENTITY"), strings(disclosure.getJsonArray("dataCategories")));
    assertEquals("SUCCEEDED", disclosure.getString("outcome"));
    assertEquals(
        4,
        count(
            "SELECT COUNT(*) FROM disclosure_ledger_entry WHERE subject_id = ? AND recipient_id = ?",
            customer.id,
            court),
        "two releases to the court and their outcomes (the sign-up's tokenisation aside)");

    JsonObject verification =
        Http.json(
            HTTP.withToken(
                officer,
                "GET",
                "/api/v1/staff/compliance/ledger/" + customer.id + "/verification",
                null));
    assertTrue(verification.getBoolean("intact"), verification.toString());
    assertTrue(verification.getInt("entries") >= 4, verification.toString());
  }

  /**
   * Parallel exports for one customer on MariaDB: every release and outcome goes through the
   * ledger's row lock, so the chain stays one line, 1..N with no gap or fork.
   */
  @Test
  void parallelReleasesForOneCustomerKeepTheChainWhole() throws Exception {
    String court = court();
    ApiCustomer customer = ApiCustomer.signedUp();
    int threads = 6;
    int perThread = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    export(
                        record(
                            court,
                            "Order P" + thread + "-" + i,
                            customer.id,
                            "IDENTITY",
                            TODAY,
                            null));
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonObject verification =
        Http.json(
            HTTP.withToken(
                officer,
                "GET",
                "/api/v1/staff/compliance/ledger/" + customer.id + "/verification",
                null));
    assertTrue(verification.getBoolean("intact"), verification.toString());
    JsonArray entries =
        Http.jsonArray(
            HTTP.withToken(officer, "GET", "/api/v1/staff/compliance/ledger/" + customer.id, null));
    List<Integer> sequences =
        entries.getValuesAs(JsonObject.class).stream().map(e -> e.getInt("sequence")).toList();
    assertEquals(
        java.util.stream.IntStream.rangeClosed(1, sequences.size()).boxed().toList(), sequences);
    assertEquals(
        2 * threads * perThread, toCourt(entries, court).size(), "a release and an outcome each");
  }

  @Test
  void aRegistryChangeDecidesTheNextReleaseAndIsAudited() {
    String court = court();
    ApiCustomer customer = ApiCustomer.signedUp();
    JsonObject before = export(record(court, "Order C", customer.id, "CONTACT", TODAY, null));
    assertEquals(
        Set.of("customer.email"),
        before.getJsonArray("subjects").getJsonObject(0).getJsonObject("fields").keySet());

    HttpResponse<String> changed =
        HTTP.withToken(
            officer,
            "PUT",
            RECIPIENTS + "/" + court,
            Json.createObjectBuilder()
                .add(
                    "purposes",
                    Json.createObjectBuilder()
                        .add(
                            "COMPLY_WITH_LAW",
                            Json.createArrayBuilder()
                                .add("customer.name")
                                .add("customer.email")
                                .add("customer.phone")))
                .build());
    assertEquals(200, changed.statusCode(), changed.body());

    JsonObject after = export(record(court, "Order D", customer.id, "CONTACT", TODAY, null));
    assertEquals(
        Set.of("customer.email", "customer.phone"),
        after.getJsonArray("subjects").getJsonObject(0).getJsonObject("fields").keySet(),
        "the change decides at once");
    JsonArray history =
        Http.jsonArray(HTTP.withToken(officer, "GET", RECIPIENTS + "/" + court + "/history", null));
    assertEquals(
        List.of("CREATED", "CHANGED"),
        history.getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
    assertFalse(
        history
            .getJsonObject(1)
            .getString("after")
            .equals(history.getJsonObject(1).getString("before")));
  }

  @Test
  void badRegistryInputIsRefusedNamingEveryFieldAndWritesNothing() throws SQLException {
    String id = "broker-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> refused =
        HTTP.withToken(
            officer,
            "POST",
            RECIPIENTS,
            Json.createObjectBuilder()
                .add("id", id)
                .add("name", "Data Broker")
                .add("kind", "DATA_BROKER")
                .add("agreementReference", "none")
                .add(
                    "purposes",
                    Json.createObjectBuilder()
                        .add("SALE", Json.createArrayBuilder().add("customer.name")))
                .build());
    assertProblem(refused, 400, Set.of("kind", "purposes.SALE"));

    HttpResponse<String> affiliate =
        HTTP.withToken(
            officer,
            "POST",
            RECIPIENTS,
            Json.createObjectBuilder()
                .add("id", id)
                .add("name", "Affiliate")
                .add("kind", "BUSINESS_AFFILIATE")
                .add("agreementReference", "AGR-9")
                .add(
                    "purposes",
                    Json.createObjectBuilder()
                        .add("CREDIT_INQUIRY", Json.createArrayBuilder().add("customer.name"))
                        .add("PERFORM_SERVICE", Json.createArrayBuilder().add("survey.answers")))
                .build());
    assertProblem(affiliate, 400, Set.of("purposes.CREDIT_INQUIRY", "purposes.PERFORM_SERVICE"));

    assertEquals(404, HTTP.withToken(officer, "GET", RECIPIENTS + "/" + id, null).statusCode());
    assertEquals(0, count("SELECT COUNT(*) FROM recipient WHERE id = ?", id));
    assertEquals(0, count("SELECT COUNT(*) FROM recipient_audit WHERE recipient_id = ?", id));
  }

  @Test
  void aLegalRequestWithoutReferenceIsRefusedAndTheAttemptRecordedAsADenial() throws SQLException {
    String court = court();
    ApiCustomer customer = ApiCustomer.signedUp();
    long requests = count("SELECT COUNT(*) FROM legal_request WHERE authority_id = ?", court);

    HttpResponse<String> refused =
        HTTP.withToken(
            officer,
            "POST",
            LEGAL_REQUESTS,
            Json.createObjectBuilder()
                .add("kind", "SUBPOENA")
                .add("authorityId", court)
                .add("issuedOn", TODAY.toString())
                .add("subjects", Json.createArrayBuilder().add(customer.id))
                .add("dataCategories", Json.createArrayBuilder().add("IDENTITY"))
                .build());

    assertProblem(refused, 400, Set.of("reference"));
    assertEquals(
        requests, count("SELECT COUNT(*) FROM legal_request WHERE authority_id = ?", court));
    List<JsonObject> entries =
        toCourt(
            Http.jsonArray(
                HTTP.withToken(
                    officer, "GET", "/api/v1/staff/compliance/ledger/" + customer.id, null)),
            court);
    assertEquals(1, entries.size(), entries.toString());
    assertEquals("DENIAL", entries.get(0).getString("type"));
    assertEquals("reference-missing", entries.get(0).getString("reasonCode"));
    assertEquals(
        List.of(),
        toCourt(customer.array("/api/v1/me/disclosures"), court),
        "a denial is no disclosure");
  }

  @Test
  void onlyComplianceOfficersReachTheComplianceArea() {
    String agent = StaffAccounts.token("support-agent");
    ApiCustomer customer = ApiCustomer.signedUp();
    assertEquals(403, HTTP.withToken(agent, "GET", RECIPIENTS, null).statusCode());
    assertEquals(
        403,
        HTTP.withToken(
                agent,
                "GET",
                "/api/v1/staff/compliance/ledger/" + customer.id + "/verification",
                null)
            .statusCode());
    assertEquals(403, customer.get(LEGAL_REQUESTS).statusCode());
  }

  @Test
  void aCustomerOpensAndWithdrawsACreditApplication() {
    ApiCustomer customer = ApiCustomer.signedUp();
    // the credit inquiry that opening runs finds the agency unavailable (one try, two retries):
    // the application stays open, to be withdrawn
    assertEquals(
        200,
        HTTP.putJson(
                "/sandbox/credit-agency/v1/sandbox/behaviour",
                Json.createObjectBuilder().add("mode", "fail").add("times", 3).build())
            .statusCode());
    HttpResponse<String> opened =
        customer.post(
            "/api/v1/me/credit-applications",
            Json.createObjectBuilder().add("description", "Business line").build());
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject application = Http.json(opened);
    assertEquals("OPEN", application.getString("status"));
    assertProblem(
        customer.post("/api/v1/me/credit-applications", JsonValue.EMPTY_JSON_OBJECT),
        400,
        Set.of("creditApplication"));

    HttpResponse<String> withdrawn =
        customer.post(
            "/api/v1/me/credit-applications/" + application.getString("id") + "/withdrawal", null);
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals("CLOSED", Http.json(withdrawn).getString("status"));
    assertEquals(1, customer.array("/api/v1/me/credit-applications").size());
  }

  /** A new court of the registry that may receive name and email for complying with the law. */
  private static String court() {
    String id = "court-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        HTTP.withToken(
            officer,
            "POST",
            RECIPIENTS,
            Json.createObjectBuilder()
                .add("id", id)
                .add("name", "District Court " + id)
                .add("kind", "COURT_OR_LAW_ENFORCEMENT")
                .add("agreementReference", "Statute 12-3")
                .add(
                    "purposes",
                    Json.createObjectBuilder()
                        .add(
                            "COMPLY_WITH_LAW",
                            Json.createArrayBuilder().add("customer.name").add("customer.email")))
                .build());
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private static String record(
      String court,
      String reference,
      String subject,
      String category,
      LocalDate issuedOn,
      LocalDate until) {
    var body =
        Json.createObjectBuilder()
            .add("kind", "COURT_ORDER")
            .add("authorityId", court)
            .add("reference", reference)
            .add("issuedOn", issuedOn.toString())
            .add("subjects", Json.createArrayBuilder().add(subject))
            .add("dataCategories", Json.createArrayBuilder().add(category));
    if (until != null) {
      body.add("nonDisclosureUntil", until.toString());
    }
    HttpResponse<String> recorded = HTTP.withToken(officer, "POST", LEGAL_REQUESTS, body.build());
    assertEquals(201, recorded.statusCode(), recorded.body());
    return Http.json(recorded).getString("id");
  }

  private static JsonObject export(String legalRequestId) {
    HttpResponse<String> exported =
        HTTP.withToken(officer, "POST", LEGAL_REQUESTS + "/" + legalRequestId + "/export", null);
    assertEquals(200, exported.statusCode(), exported.body());
    return Http.json(exported);
  }

  private static void assertProblem(HttpResponse<String> response, int status, Set<String> fields) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    JsonObject problem = Http.json(response);
    assertEquals("invalid-input", problem.getString("code"));
    assertEquals(
        fields,
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.getString("field"))
            .collect(Collectors.toSet()),
        response.body());
  }

  /** The entries that concern this recipient (sign-up may have made others, e.g. the card's). */
  private static List<JsonObject> toCourt(JsonArray entries, String court) {
    return entries.getValuesAs(JsonObject.class).stream()
        .filter(entry -> court.equals(entry.getString("recipientId")))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static long count(String sql, String... parameters) throws SQLException {
    return Database.count(sql, parameters);
  }
}
