package net.genvoice.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Staff accounts for system tests, made through the staff REST API as an administrator would: the
 * administrator (first password from {@code genvoice.adminPassword}, replaced once by whichever
 * test signs in first) creates a member with a one-time password, the member replaces it and gets a
 * bearer token.
 */
public final class StaffAccounts {

  /** What the administrator's one-time password is replaced with, by API or browser tests alike. */
  public static final String NEW_ADMIN_PASSWORD = "Granite-Osprey-Beacon-64";

  private static final String ONE_TIME_PASSWORD = "Copper-Meadow-Lantern-71";
  private static final String MEMBER_PASSWORD = "Harbour-Quilt-Signal-58";

  private static final Http HTTP = new Http();
  private static String adminToken;

  private StaffAccounts() {}

  /** A staff member who can sign in, with the password to do it and an API token. */
  public record StaffLogin(String username, String password, String token) {}

  /** A new staff member holding these roles (e.g. "support-agent"), ready to use. */
  public static StaffLogin create(String... roles) {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
    JsonArrayBuilder roleNames = Json.createArrayBuilder();
    for (String role : roles) {
      roleNames.add(role);
    }
    HttpResponse<String> created =
        HTTP.withToken(
            adminToken(),
            "POST",
            "/api/v1/staff/admin/members",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + String.join(" ", roles))
                .add("password", ONE_TIME_PASSWORD)
                .add("roles", roleNames)
                .build());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(204, changePassword(username, ONE_TIME_PASSWORD, MEMBER_PASSWORD).statusCode());
    return new StaffLogin(username, MEMBER_PASSWORD, tokenOf(username, MEMBER_PASSWORD));
  }

  /** A bearer token of a new staff member holding these roles. */
  public static String token(String... roles) {
    return create(roles).token();
  }

  /**
   * The administrator's token. The first call of the test run replaces the one-time password of the
   * domain's first administrator, as StaffPagesIT does in the browser if it comes first.
   */
  public static synchronized String adminToken() {
    if (adminToken == null) {
      String initial = SystemUnderTest.setting("genvoice.adminPassword");
      HttpResponse<String> first = requestToken("admin", initial);
      if (first.statusCode() == 403) {
        assertEquals(204, changePassword("admin", initial, NEW_ADMIN_PASSWORD).statusCode());
      }
      adminToken = first.statusCode() == 200 ? token(first) : tokenOf("admin", NEW_ADMIN_PASSWORD);
    }
    return adminToken;
  }

  public static HttpResponse<String> requestToken(String username, String password) {
    return HTTP.postJson(
        "/api/v1/auth/staff-token",
        Json.createObjectBuilder().add("username", username).add("password", password).build());
  }

  public static HttpResponse<String> changePassword(
      String username, String currentPassword, String newPassword) {
    return HTTP.putJson(
        "/api/v1/auth/staff-password",
        Json.createObjectBuilder()
            .add("username", username)
            .add("currentPassword", currentPassword)
            .add("newPassword", newPassword)
            .build());
  }

  private static String tokenOf(String username, String password) {
    HttpResponse<String> issued = requestToken(username, password);
    assertEquals(200, issued.statusCode(), issued.body());
    return token(issued);
  }

  private static String token(HttpResponse<String> issued) {
    JsonObject body = Http.json(issued);
    return body.getString("token");
  }
}
