package net.genvoice.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.Http;
import org.junit.jupiter.api.Test;

/**
 * P19, P23: the directory affiliate gets a listing's name and number and nothing else; once the
 * registry no longer allows the number, the listing is refused, recorded, and nothing is sent.
 */
class DirectoryListingIT {

  @Test
  void aListingSendsTheNameAndNumberOnly() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int calls = Sandbox.DIRECTORY.count("calls");

    HttpResponse<String> listed = customer.post("/api/v1/me/directory-listing", null);

    assertEquals(201, listed.statusCode(), listed.body());
    assertEquals("listed", Http.json(listed).getString("status"));
    assertEquals(calls + 1, Sandbox.DIRECTORY.count("calls"));
    assertEquals(
        List.of("name", "phone"), Sandbox.DIRECTORY.lastFields().stream().sorted().toList());
    assertEquals(
        List.of("RELEASE", "OUTCOME"),
        LedgerRows.of(customer.id, "directory-affiliate").stream()
            .map(LedgerRows.Row::type)
            .toList());
  }

  @Test
  void aDeniedReleaseSendsNothingAndIsRecorded() throws Exception {
    PartnerCustomer customer = PartnerCustomer.withCard();
    int calls = Sandbox.DIRECTORY.count("calls");
    registry(
        "DELETE FROM recipient_field WHERE recipient_id = 'directory-affiliate'"
            + " AND field_name = 'customer.phone'");
    try {
      HttpResponse<String> refused = customer.post("/api/v1/me/directory-listing", null);

      assertEquals(403, refused.statusCode(), refused.body());
      assertEquals("field-not-allowed", Http.json(refused).getString("code"));
      assertEquals(calls, Sandbox.DIRECTORY.count("calls"), "the affiliate was called");
      List<LedgerRows.Row> ledger = LedgerRows.of(customer.id, "directory-affiliate");
      assertEquals(1, ledger.size(), ledger.toString());
      assertEquals("DENIAL", ledger.get(0).type());
      assertEquals("field-not-allowed", ledger.get(0).reasonCode());
    } finally {
      registry(
          "INSERT INTO recipient_field (recipient_id, purpose, field_name)"
              + " VALUES ('directory-affiliate', 'PERFORM_SERVICE', 'customer.phone')");
    }
  }

  /** Changes the registry as its management would, and tells every instance it changed. */
  private static void registry(String change) throws Exception {
    try (Connection connection = Database.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(change);
      statement.executeUpdate("UPDATE registry_version SET version = version + 1 WHERE id = 1");
    }
  }
}
