package net.genvoice.usage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.usage.entity.Feature;
import org.junit.jupiter.api.Test;

/**
 * P04, P06: a usage event keeps an identifier that outlives the session only with analytics
 * consent, and names the customer only with personalisation consent.
 */
class UsageRowsTest {

  private static final String VISITOR = "Vq3xT0c1k9ZpLm2nB8wEaYhR5sUdJf7g";
  private static final String CHROME =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0"
          + " Safari/537.36";

  private static UsageCommand command(String deviceId) {
    return new UsageCommand(
        Instant.parse("2026-11-26T10:15:30Z"),
        Feature.PAYMENT_METHODS,
        "203.0.113.77",
        deviceId,
        VISITOR,
        "session-1",
        CHROME,
        "customer-1",
        null);
  }

  @Test
  void withoutConsentNothingOutlivesTheSession() {
    UsageRow row = UsageRows.minimised(command("phone-42"), CookieChoice.NONE);

    assertEquals("payment-methods", row.feature());
    assertEquals(LocalDate.of(2026, 11, 23), row.weekStart());
    assertEquals("203.0.113.0", row.ipAddress(), "truncated to its /24");
    assertNull(row.deviceId());
    assertNull(row.visitorId());
    assertNull(row.customerId());
    assertNotNull(row.sessionRef(), "the session is still linked within itself");
    assertEquals(32, row.sessionRef().length());
    assertNotEquals("session-1", row.sessionRef());
    assertEquals("chrome", row.browser());
    assertEquals("desktop", row.deviceType());
  }

  @Test
  void analyticsConsentKeepsTheIdentifiersAndTheFullAddress() {
    UsageRow row =
        UsageRows.minimised(command("phone-42"), CookieChoice.of(CookieCategory.ANALYTICS));

    assertEquals("203.0.113.77", row.ipAddress());
    assertEquals("phone-42", row.deviceId());
    assertEquals(VISITOR, row.visitorId());
    assertNull(row.customerId(), "analytics alone does not name the customer");
  }

  @Test
  void personalisationConsentNamesTheCustomer() {
    UsageRow row =
        UsageRows.minimised(command(null), CookieChoice.of(CookieCategory.PERSONALISATION));

    assertEquals("customer-1", row.customerId());
    assertNull(row.visitorId());
  }

  @Test
  void aMalformedOrCardLikeDeviceIdIsNotKept() {
    CookieChoice all = CookieChoice.ALL;
    assertNull(UsageRows.minimised(command("4111 1111 1111 1111"), all).deviceId());
    assertNull(UsageRows.minimised(command("4111111111111111"), all).deviceId());
    assertNull(UsageRows.minimised(command("<script>"), all).deviceId());
    assertNull(UsageRows.minimised(command("x".repeat(65)), all).deviceId());
    assertEquals(
        "ios:6F9619FF-8B86-D011-B42D-00C04FC964FF",
        UsageRows.minimised(command("ios:6F9619FF-8B86-D011-B42D-00C04FC964FF"), all).deviceId());
  }
}
