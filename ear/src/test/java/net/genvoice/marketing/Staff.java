package net.genvoice.marketing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.SystemUnderTest;

/** A marketing staff member calling the staff API with their bearer token, and the sandboxes. */
final class Staff {

  static final String MARKETING = "/api/v1/staff/marketing";

  private final Http http = new Http();
  private final String token;

  private Staff(String token) {
    this.token = token;
  }

  static Staff marketing() {
    return new Staff(StaffAccounts.token("marketing"));
  }

  HttpResponse<String> send(String method, String path, JsonObject body) {
    return http.withToken(token, method, MARKETING + path, body);
  }

  /** POSTs a registry file dated {@code date} (null: no date) as text/csv. */
  HttpResponse<String> importRegistry(String date, String csv) {
    String query = date == null ? "" : "?date=" + date;
    return http.send(
        HttpRequest.newBuilder(
                SystemUnderTest.uri(MARKETING + "/national-registry/imports" + query))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build());
  }

  /** Imports a registry file dated today with these numbers; fails the test if refused. */
  void importFreshRegistry(String... numbers) {
    HttpResponse<String> imported =
        importRegistry(
            LocalDate.now(ZoneOffset.UTC).toString(),
            "phone_number\n" + String.join("\n", numbers) + "\n");
    if (imported.statusCode() != 201) {
      throw new AssertionError("registry import refused: " + imported.body());
    }
  }

  String createCampaign(String channel) {
    HttpResponse<String> created =
        send(
            "POST",
            "/campaigns",
            Json.createObjectBuilder()
                .add("name", "System test " + channel)
                .add("channel", channel)
                .add("subject", "New plans")
                .add("body", "Hello from GenVoice")
                .build());
    if (created.statusCode() != 201) {
      throw new AssertionError("campaign refused: " + created.body());
    }
    return Http.json(created).getString("id");
  }

  /** Waits (bounded) until every message of the campaign has been decided. */
  JsonObject awaitCompleted(String campaignId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonObject campaign = Http.json(send("GET", "/campaigns/" + campaignId, null));
    while (!"COMPLETED".equals(campaign.getString("status")) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      campaign = Http.json(send("GET", "/campaigns/" + campaignId, null));
    }
    if (!"COMPLETED".equals(campaign.getString("status"))) {
      throw new AssertionError("campaign did not complete: " + campaign);
    }
    return campaign;
  }

  /** Switches a messaging sandbox (dialer, mail-house, email) to a behaviour. */
  static void sandbox(String provider, String mode) {
    HttpResponse<String> switched =
        new Http()
            .putJson(
                "/sandbox/" + provider + "/v1/sandbox/behaviour",
                Json.createObjectBuilder().add("mode", mode).build());
    if (switched.statusCode() != 200) {
      throw new AssertionError("sandbox refused " + mode + ": " + switched.body());
    }
  }
}
