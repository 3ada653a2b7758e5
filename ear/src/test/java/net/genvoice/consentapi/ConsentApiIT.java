package net.genvoice.consentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import org.junit.jupiter.api.Test;

/**
 * P12, P17, P24 end to end: a customer grants email marketing, withdraws it in one step, sees the
 * state flip at once and both events in the history, and downloads a Kantara consent receipt. Bad
 * input gets a problem naming the field and writes nothing.
 */
class ConsentApiIT {

  private static final String CONSENTS = "/api/v1/me/consents";
  private static final String TEXT_VERSION = "2026-11-01";

  private final Http http = new Http();

  @Test
  void grantWithdrawHistoryAndReceipt() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();
    assertFalse(state(ada, "marketing.email").getBoolean("granted"), "opt-in: off until given");
    assertTrue(state(ada, "marketing.telemarketing").getBoolean("granted"), "P12: opt-out");

    HttpResponse<String> granted = ada.post(CONSENTS, grant("marketing.email"));
    assertEquals(201, granted.statusCode(), granted.body());
    String grantId = Http.json(granted).getString("id");
    assertTrue(state(ada, "marketing.email").getBoolean("granted"));

    HttpResponse<String> withdrawn =
        ada.post(CONSENTS + "/marketing.email/withdrawal", Json.createObjectBuilder().build());
    assertEquals(201, withdrawn.statusCode(), withdrawn.body());
    assertFalse(state(ada, "marketing.email").getBoolean("granted"), "P12: at once");

    JsonArray history = ada.array(CONSENTS + "/history");
    assertEquals(2, history.size());
    assertEquals(grantId, history.getJsonObject(0).getString("id"));
    assertTrue(history.getJsonObject(0).getBoolean("granted"));
    assertFalse(history.getJsonObject(1).getBoolean("granted"));
    assertEquals("WEB", history.getJsonObject(1).getString("channel"));
    assertEquals(2, rowsOf(ada.id), "one row per event");

    HttpResponse<String> download = ada.get(CONSENTS + "/receipts/" + grantId);
    assertEquals(200, download.statusCode(), download.body());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    JsonObject receipt = Http.json(download);
    for (String field :
        new String[] {
          "version",
          "jurisdiction",
          "consentTimestamp",
          "collectionMethod",
          "consentReceiptID",
          "language",
          "piiPrincipalId",
          "piiControllers",
          "policyUrl",
          "services",
          "sensitive",
          "spiCat"
        }) {
      assertTrue(receipt.containsKey(field), "Kantara field " + field + " in " + receipt);
    }
    assertEquals(grantId, receipt.getString("consentReceiptID"));
    assertEquals(ada.id, receipt.getString("piiPrincipalId"));
    assertEquals(
        "support@genvoice.net",
        receipt.getJsonArray("piiControllers").getJsonObject(0).getString("email"));
    JsonObject purpose =
        receipt.getJsonArray("services").getJsonObject(0).getJsonArray("purposes").getJsonObject(0);
    assertEquals("EXPLICIT", purpose.getString("consentType"));

    ApiCustomer other = ApiCustomer.signedUp();
    assertEquals(404, other.get(CONSENTS + "/receipts/" + grantId).statusCode());
  }

  @Test
  void unknownPurposeIsRefusedNamingTheFieldAndWritesNothing() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();

    HttpResponse<String> refused = ada.post(CONSENTS, grant("marketing.fax"));
    HttpResponse<String> refusedWithdrawal =
        ada.post(CONSENTS + "/marketing.fax/withdrawal", Json.createObjectBuilder().build());

    for (HttpResponse<String> response : java.util.List.of(refused, refusedWithdrawal)) {
      assertEquals(400, response.statusCode(), response.body());
      assertTrue(
          response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertEquals(
          "purpose",
          Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    assertEquals(0, rowsOf(ada.id), "nothing written");
    assertEquals(0, ada.array(CONSENTS + "/history").size());
  }

  @Test
  void consentForAnotherCustomerIsRefused() throws SQLException {
    ApiCustomer ada = ApiCustomer.signedUp();
    ApiCustomer other = ApiCustomer.signedUp();

    HttpResponse<String> refused =
        ada.post(
            CONSENTS,
            Json.createObjectBuilder(grant("marketing.email")).add("subject", other.id).build());

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        "subject", Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(0, rowsOf(ada.id));
    assertEquals(0, rowsOf(other.id));
  }

  @Test
  void withoutATokenConsentsAreClosed() {
    assertEquals(401, http.get(CONSENTS).statusCode());
  }

  @Test
  void openApiDocumentDescribesTheConsentApi() {
    HttpResponse<String> document = http.get("/openapi");
    assertEquals(200, document.statusCode());
    for (String path :
        new String[] {
          CONSENTS,
          CONSENTS + "/history",
          CONSENTS + "/{purpose}/withdrawal",
          CONSENTS + "/receipts/{eventId}"
        }) {
      assertTrue(
          document.body().contains(path + ":") || document.body().contains("\"" + path + "\""),
          "OpenAPI lacks " + path);
    }
  }

  private static JsonObject grant(String purpose) {
    return Json.createObjectBuilder()
        .add("purpose", purpose)
        .add("textVersion", TEXT_VERSION)
        .build();
  }

  private static JsonObject state(ApiCustomer customer, String purpose) {
    return customer.array(CONSENTS).stream()
        .map(JsonObject.class::cast)
        .filter(view -> view.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no state for " + purpose));
  }

  private static long rowsOf(String customerId) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM consent_event WHERE subject_id = ?")) {
      query.setString(1, customerId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
