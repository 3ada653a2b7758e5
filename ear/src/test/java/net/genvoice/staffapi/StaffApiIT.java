package net.genvoice.staffapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.StaffAccounts;
import net.genvoice.systemtest.StaffAccounts.StaffLogin;
import org.junit.jupiter.api.Test;

/** Staff bearer tokens and the role areas of {@code /api/v1/staff}. */
class StaffApiIT {

  private static final String MEMBERS = "/api/v1/staff/admin/members";

  private final Http http = new Http();

  @Test
  void aOneTimePasswordGetsNoTokenUntilReplaced() {
    String username = "one-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = createMember(username, "support-agent");
    assertEquals(201, created.statusCode(), created.body());

    HttpResponse<String> refused = StaffAccounts.requestToken(username, "Copper-Meadow-Lantern-71");
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals("password-change-required", Http.json(refused).getString("code"));

    HttpResponse<String> changed =
        StaffAccounts.changePassword(
            username, "Copper-Meadow-Lantern-71", "Harbour-Quilt-Signal-58");
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(
        401, StaffAccounts.requestToken(username, "Copper-Meadow-Lantern-71").statusCode());
    HttpResponse<String> issued = StaffAccounts.requestToken(username, "Harbour-Quilt-Signal-58");
    assertEquals(200, issued.statusCode(), issued.body());
    assertTrue(Http.json(issued).getString("token").length() >= 32);
    assertFalse(issued.body().contains("Harbour"), "no password in the answer");
  }

  @Test
  void eachRoleReachesOnlyItsArea() {
    StaffLogin agent = StaffAccounts.create("support-agent");

    assertEquals(403, get(agent.token(), MEMBERS).statusCode(), "not an administrator");
    assertEquals(403, get(agent.token(), "/api/v1/staff/compliance/anything").statusCode());
    assertEquals(403, get(agent.token(), "/api/v1/me").statusCode(), "staff are no customers");
    assertEquals(401, http.get(MEMBERS).statusCode(), "no token");
    assertEquals(401, get("not-a-token", MEMBERS).statusCode());

    HttpResponse<String> list = get(StaffAccounts.adminToken(), MEMBERS);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains("\"" + agent.username() + "\""), list.body());
  }

  @Test
  void aRevokedStaffTokenOpensNothing() {
    String token = StaffAccounts.token("marketing");
    assertEquals(404, get(token, "/api/v1/staff/marketing/no-such-thing").statusCode());

    assertEquals(204, http.withToken(token, "DELETE", "/api/v1/auth/token", null).statusCode());

    assertEquals(401, get(token, "/api/v1/staff/marketing/no-such-thing").statusCode());
  }

  @Test
  void badStaffAccountsAreRefusedAndNothingIsCreated() {
    String username = "bad-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> unknownRole = createMember(username, "janitor");
    assertEquals(400, unknownRole.statusCode(), unknownRole.body());
    JsonObject problem = Http.json(unknownRole);
    assertEquals(
        "application/problem+json",
        unknownRole.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    assertEquals("roles", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> weak =
        http.withToken(
            StaffAccounts.adminToken(),
            "POST",
            MEMBERS,
            member(username, "support-agent").add("password", "password").build());
    assertEquals(400, weak.statusCode(), weak.body());

    assertFalse(get(StaffAccounts.adminToken(), MEMBERS).body().contains(username));
    assertEquals(
        401, StaffAccounts.requestToken(username, "Copper-Meadow-Lantern-71").statusCode());
  }

  @Test
  void wrongStaffCredentialsAreAnsweredAlike() {
    HttpResponse<String> unknown = StaffAccounts.requestToken("nobody-at-all", "Whatever-Pass-99");
    HttpResponse<String> wrong = StaffAccounts.requestToken("admin", "Whatever-Pass-99");

    assertEquals(401, unknown.statusCode());
    assertEquals(401, wrong.statusCode());
    assertEquals(Http.json(unknown).getString("code"), Http.json(wrong).getString("code"));
    assertEquals(Http.json(unknown).getString("detail"), Http.json(wrong).getString("detail"));
  }

  private HttpResponse<String> createMember(String username, String role) {
    return http.withToken(
        StaffAccounts.adminToken(),
        "POST",
        MEMBERS,
        member(username, role).add("password", "Copper-Meadow-Lantern-71").build());
  }

  private static jakarta.json.JsonObjectBuilder member(String username, String role) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", "Sam Staff")
        .add("roles", Json.createArrayBuilder().add(role));
  }

  private HttpResponse<String> get(String token, String path) {
    return http.withToken(token, "GET", path, null);
  }
}
