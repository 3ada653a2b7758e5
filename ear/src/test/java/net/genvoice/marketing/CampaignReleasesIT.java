package net.genvoice.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import org.junit.jupiter.api.Test;

/**
 * P12, P13, P23 end to end: campaigns on every channel, run through the real gateways against the
 * messaging sandboxes, leave exactly one RELEASE per message in each customer's ledger, to the
 * provider's registry entry, with only the fields that provider may receive, and its outcome; the
 * sandbox saw exactly those values, nothing else about the customer.
 */
class CampaignReleasesIT {

  /** Per channel: the provider's registry entry, its sandbox, the released fields, the wire. */
  private record Provider(String recipient, String sandbox, String fields, List<String> wire) {}

  private static final Map<String, Provider> PROVIDERS =
      Map.of(
          "telemarketing",
          new Provider(
              "dialer", "dialer", "customer.phone", List.of("phone", "reference", "script")),
          "direct-mail",
          new Provider(
              "mail-house",
              "mail-house",
              "customer.name,customer.address",
              List.of("recipient.address", "recipient.name", "reference", "subject", "text")),
          "email",
          new Provider(
              "email-service",
              "email",
              "customer.name,customer.email",
              List.of("name", "reference", "subject", "text", "to")));

  private final Http http = new Http();

  @Test
  void everyMessageOfACampaignIsOneReleaseOfThePermittedFieldsOnly() throws Exception {
    Staff staff = Staff.marketing();
    staff.importFreshRegistry(MarketingCustomer.uniquePhone());
    List<MarketingCustomer> customers =
        List.of(MarketingCustomer.signedUp(), MarketingCustomer.signedUp());
    customers.forEach(CampaignReleasesIT::askForMarketingEmail);

    for (String channel : List.of("telemarketing", "direct-mail", "email")) {
      Provider provider = PROVIDERS.get(channel);
      String campaign = staff.createCampaign(channel);
      assertEquals(202, staff.send("POST", "/campaigns/" + campaign + "/run", null).statusCode());
      staff.awaitCompleted(campaign);

      for (MarketingCustomer customer : customers) {
        JsonObject message = customer.messageOf(campaign);
        assertEquals("SENT", message.getString("status"), channel + ": " + message);
        String messageId = message.getString("id");
        List<List<String>> entries = ledgerOf(customer.id, messageId);
        assertEquals(
            List.of(
                List.of("RELEASE", provider.recipient(), "OPERATE_SERVICE", provider.fields(), "-"),
                List.of(
                    "OUTCOME",
                    provider.recipient(),
                    "OPERATE_SERVICE",
                    provider.fields(),
                    "SUCCEEDED")),
            entries,
            channel + ": one release of the permitted fields, then its outcome");
        JsonObject received = receivedBy(provider.sandbox(), messageId);
        assertEquals(provider.wire(), fieldsOf(received), channel + ": what went over the wire");
        assertEquals(destinationOf(channel, customer), received.getString("destination"));
      }
    }
    for (MarketingCustomer customer : customers) {
      assertEquals(
          0,
          Database.count(
              "SELECT COUNT(*) FROM disclosure_ledger_entry WHERE subject_id = ?"
                  + " AND recipient_id IN ('dialer', 'mail-house', 'email-service')"
                  + " AND entry_type = 'RELEASE' AND field_names NOT IN"
                  + " ('customer.phone', 'customer.name,customer.address',"
                  + " 'customer.name,customer.email')",
              customer.id),
          "no messaging release of anything else");
    }
  }

  private static String destinationOf(String channel, MarketingCustomer customer) {
    return switch (channel) {
      case "telemarketing" -> customer.phone;
      case "direct-mail" -> customer.line1 + ", San Francisco, CA 94103, US";
      default -> customer.email;
    };
  }

  /** Email is opt-in: the customer asks for it with the text version they were shown. */
  private static void askForMarketingEmail(MarketingCustomer customer) {
    JsonObject email =
        Http.json(customer.send("GET", "/api/v1/me/communications", null))
            .getJsonArray("channels")
            .stream()
            .map(JsonObject.class::cast)
            .filter(channel -> channel.getString("channel").equals("email"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> granted =
        customer.send(
            "PUT",
            "/api/v1/me/communications/email",
            Json.createObjectBuilder()
                .add("granted", true)
                .add("textVersion", email.getString("textVersion"))
                .build());
    assertEquals(200, granted.statusCode(), granted.body());
  }

  private JsonObject receivedBy(String sandbox, String reference) {
    return Http.jsonArray(http.get("/sandbox/" + sandbox + "/v1/sandbox/received")).stream()
        .map(JsonObject.class::cast)
        .filter(entry -> reference.equals(entry.getString("reference")))
        .reduce(
            (first, second) -> {
              throw new AssertionError("the " + sandbox + " got message " + reference + " twice");
            })
        .orElseThrow(() -> new AssertionError("the " + sandbox + " never got " + reference));
  }

  private static List<String> fieldsOf(JsonObject received) {
    assertTrue(received.containsKey("fields"), received.toString());
    return received.getJsonArray("fields").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** [type, recipient, purpose, fields, outcome or "-"] of the entries made for one message. */
  private static List<List<String>> ledgerOf(String subjectId, String requestId)
      throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT entry_type, recipient_id, purpose, field_names, outcome"
                    + " FROM disclosure_ledger_entry WHERE subject_id = ? AND request_id = ?"
                    + " ORDER BY seq_no")) {
      query.setString(1, subjectId);
      query.setString(2, requestId);
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              List.of(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5) == null ? "-" : result.getString(5)));
        }
      }
      return rows;
    }
  }
}
