package net.genvoice.communication.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.SignUpCommand;
import net.genvoice.testing.SignUps;

/**
 * Customers for the marketing tests, each with a phone number and a postal address no other test
 * uses, so that do-not-call entries and suppressions touch only the customer they are made for.
 */
final class MarketingCustomers {

  private MarketingCustomers() {}

  /** A valid North American number in E.164, +1 415 NXX XXXX. */
  static String uniquePhone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+1415"
        + random.nextInt(2, 10)
        + String.format("%08d", random.nextInt(100_000_000)).substring(2);
  }

  static String uniqueLine1() {
    return ThreadLocalRandom.current().nextInt(1, 1_000_000) + " Harbour Road";
  }

  static SignUpCommand withPhone(String phone) {
    return with(phone, uniqueLine1());
  }

  static SignUpCommand with(String phone, String line1) {
    return new SignUpCommand(
        "Grace Hopper",
        SignUps.uniqueEmail("Marketing"),
        phone,
        SignUps.PASSWORD,
        new AddressCommand(line1, null, "Arlington", "VA", "22201", "US"),
        SignUps.card(SignUps.VISA, "987"));
  }

  static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Waits (bounded) until the dispatcher has decided every message of the campaign. */
  static CampaignView awaitCompleted(Campaigns campaigns, String campaignId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    CampaignView view = campaigns.find(campaignId);
    while (!"COMPLETED".equals(view.status()) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      view = campaigns.find(campaignId);
    }
    assertEquals("COMPLETED", view.status(), "the campaign completes: " + view);
    return view;
  }
}
