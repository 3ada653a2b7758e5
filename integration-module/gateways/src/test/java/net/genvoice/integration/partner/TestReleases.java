package net.genvoice.integration.partner;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;

/** Released data as the boundary hands it to a gateway, for plain unit tests. */
public final class TestReleases {

  /** More than any one call may send: a payload must take only what its release permits. */
  public static final Map<DisclosableField, String> EVERYTHING =
      Map.ofEntries(
          Map.entry(DisclosableField.CUSTOMER_NAME, "Ada Lovelace"),
          Map.entry(DisclosableField.CUSTOMER_EMAIL, "ada@example.com"),
          Map.entry(DisclosableField.CUSTOMER_PHONE, "+14155550100"),
          Map.entry(DisclosableField.CUSTOMER_ADDRESS, "1 Main St, Springfield, IL 62701, US"),
          Map.entry(DisclosableField.CUSTOMER_GOVERNMENT_ID, "078-05-1120"),
          Map.entry(DisclosableField.SESSION_IP_ADDRESS, "203.0.113.7"),
          Map.entry(DisclosableField.PAYMENT_TOKEN, "tok_abc"),
          Map.entry(DisclosableField.PAYPAL_ACCOUNT, "ada@example.com"),
          Map.entry(DisclosableField.CARD_NUMBER, "4111111111111111"),
          Map.entry(DisclosableField.CARD_CVV, "123"),
          Map.entry(DisclosableField.PAYMENT_EXPIRY, "2031-12"),
          Map.entry(DisclosableField.CARD_HOLDER_NAME, "Ada Lovelace"));

  private TestReleases() {}

  public static ReleasedData released(
      String recipientId, Purpose purpose, Set<DisclosableField> fields) {
    return ReleasedData.of(
        new Release(
            UUID.randomUUID().toString(),
            "subject-1",
            recipientId,
            purpose,
            true,
            fields,
            null,
            "Permitted"),
        EVERYTHING);
  }
}
