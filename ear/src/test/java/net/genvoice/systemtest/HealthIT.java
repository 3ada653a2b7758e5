package net.genvoice.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** MicroProfile Health of the deployed EAR, running on MariaDB. */
class HealthIT {

  private final Http http = new Http();

  @Test
  void readyWithTheDatabaseCheckUp() {
    var response = http.get("/health/ready");

    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = Http.json(response);
    assertEquals("UP", health.getString("status"), response.body());
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> "database".equals(check.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no check named database: " + response.body()));
    assertEquals("UP", database.getString("status"), response.body());
  }

  @Test
  void readyOnlyWithThePortalStarted() {
    var response = http.get("/health/ready");

    JsonObject webModules =
        Http.json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> "web-modules".equals(check.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no web-modules check: " + response.body()));
    assertEquals("UP", webModules.getString("status"), response.body());
    assertTrue(
        webModules.getJsonObject("data").getString("started").contains("portal"), response.body());
  }

  @Test
  void live() {
    var response = http.get("/health/live");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("UP", Http.json(response).getString("status"), response.body());
  }

  @Test
  void theSchemaIsMigratedOnMariaDb() throws Exception {
    assertTrue(
        Database.tables().stream().anyMatch("flyway_schema_history"::equalsIgnoreCase),
        "Flyway's history table is missing from the system test database");
  }
}
