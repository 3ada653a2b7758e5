package net.genvoice.partnerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;

/**
 * Partners for system tests, made as a compliance officer makes them over REST: a registry entry, a
 * credential tied to it; and reads of what was recorded: the subject's ledger entries and the
 * partner audit (from the database).
 */
final class Partners {

  /** A partner that can call: its credential and the recipient it is tied to. */
  record Partner(String partnerId, String recipientId, String secret) {}

  /** One ledger entry as the test reads it. */
  record Entry(
      String type,
      String recipientId,
      String reasonCode,
      String requestId,
      String fields,
      String outcome) {}

  private static final Http HTTP = new Http();
  private static String complianceToken;

  private Partners() {}

  static synchronized String complianceToken() {
    if (complianceToken == null) {
      complianceToken = StaffAccounts.token("compliance-officer");
    }
    return complianceToken;
  }

  /** A registered recipient ({@code prefix-<random>}) of this kind, with fields per purpose. */
  static String register(String prefix, String kind, Map<String, List<String>> fieldsByPurpose) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObjectBuilder purposes = Json.createObjectBuilder();
    fieldsByPurpose.forEach(
        (purpose, fields) -> purposes.add(purpose, Json.createArrayBuilder(fields)));
    HttpResponse<String> created =
        HTTP.withToken(
            complianceToken(),
            "POST",
            "/api/v1/staff/compliance/recipients",
            Json.createObjectBuilder()
                .add("id", id)
                .add("name", "Test " + prefix)
                .add("kind", kind)
                .add("agreementReference", "AGR-" + id)
                .add("purposes", purposes)
                .build());
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  /** A business affiliate registered to receive these fields to perform the service. */
  static Partner affiliate(String... fields) {
    String recipient =
        register("affiliate", "BUSINESS_AFFILIATE", Map.of("PERFORM_SERVICE", List.of(fields)));
    return issue(recipient);
  }

  static void deactivateRecipient(String recipientId) {
    HttpResponse<String> deactivated =
        HTTP.withToken(
            complianceToken(),
            "POST",
            "/api/v1/staff/compliance/recipients/" + recipientId + "/deactivation",
            null);
    assertEquals(200, deactivated.statusCode(), deactivated.body());
  }

  /** A credential for a new partner tied to the recipient, issued by a compliance officer. */
  static Partner issue(String recipientId) {
    String partnerId = "p-" + UUID.randomUUID().toString().substring(0, 12);
    HttpResponse<String> issued = issueResponse(partnerId, recipientId);
    assertEquals(201, issued.statusCode(), issued.body());
    JsonObject body = Http.json(issued);
    return new Partner(partnerId, recipientId, body.getString("secret"));
  }

  static HttpResponse<String> issueResponse(String partnerId, String recipientId) {
    return HTTP.withToken(
        complianceToken(),
        "POST",
        "/api/v1/staff/compliance/partners",
        Json.createObjectBuilder()
            .add("partnerId", partnerId)
            .add("recipientId", recipientId)
            .build());
  }

  /**
   * The recipients a sign-up itself releases to (the payment method's tokenisation or verification,
   * its fraud screening): the partner tests' customers bring these entries with them.
   */
  private static final Set<String> SIGN_UP_RECIPIENTS =
      Set.of("card-provider", "paypal", "fraud-service");

  /**
   * The subject's ledger entries of everything but its own sign-up, oldest first: what partner
   * calls decided and released.
   */
  static List<Entry> ledgerOf(String subjectId) {
    return everyEntryOf(subjectId).stream()
        .filter(entry -> !SIGN_UP_RECIPIENTS.contains(entry.recipientId()))
        .toList();
  }

  /** Every ledger entry of the subject, oldest first. */
  static List<Entry> everyEntryOf(String subjectId) {
    List<Entry> entries = new ArrayList<>();
    try (Connection db = Database.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT entry_type, recipient_id, reason_code, request_id, field_names, outcome"
                    + " FROM disclosure_ledger_entry WHERE subject_id = ? ORDER BY seq_no")) {
      query.setString(1, subjectId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new Entry(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return entries;
  }

  /** The entries of the subject's ledger that carry this request id. */
  static List<Entry> ledgerOf(String subjectId, String requestId) {
    return ledgerOf(subjectId).stream().filter(e -> requestId.equals(e.requestId())).toList();
  }

  /** The codes of the partner audit's rows for this partner id, sorted (rows of one second tie). */
  static List<String> auditCodesOf(String partnerId) {
    return auditOf(partnerId).values().stream().sorted().toList();
  }

  /** The partner audit's rows for this partner id: id to code, oldest first. */
  static Map<String, String> auditOf(String partnerId) {
    Map<String, String> codes = new LinkedHashMap<>();
    try (Connection db = Database.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT id, code FROM partner_audit_event WHERE partner_id = ?"
                    + " ORDER BY occurred_at, id")) {
      query.setString(1, partnerId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          codes.put(rows.getString(1), rows.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return codes;
  }
}
