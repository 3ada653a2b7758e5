package net.genvoice.disclosure.outbound;

import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.boundary.ReleaseOutcome;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

/** The order of every outbound call: decision, payload of the permitted fields, call, outcome. */
class OutboundReleasesTest {

  private final List<String> outcomes = new ArrayList<>();
  private Release next;

  private final OutboundReleases releases = new OutboundReleases();

  {
    releases.disclosures =
        new Disclosures() {
          @Override
          public Release authorize(ReleaseCommand command) {
            return next;
          }

          @Override
          public void recordOutcome(String releaseId, ReleaseOutcome outcome, String detail) {
            outcomes.add(outcome + " " + detail);
          }

          @Override
          public Map<DisclosableField, String> valuesOf(Release release) {
            return Map.of(CUSTOMER_NAME, "Ada Lovelace", CUSTOMER_EMAIL, "ada@example.com");
          }
        };
  }

  @Test
  void aDenialSendsNothingAndSaysWhy() {
    next = Releases.denied("credit-agency", Purpose.CREDIT_INQUIRY, "no-open-credit-application");
    List<ReleasedData> sent = new ArrayList<>();

    ReleaseDeniedException denied =
        assertThrows(
            ReleaseDeniedException.class,
            () -> releases.release(command(), Map.of(), data -> sent.add(data)));

    assertEquals("no-open-credit-application", denied.code());
    assertEquals(List.of(), sent);
    assertEquals(List.of(), outcomes, "a denial is recorded by the decision itself");
  }

  @Test
  void thePayloadHoldsOnlyThePermittedFieldsAndSuccessIsRecorded() {
    next = Releases.permitted("fraud-service", Purpose.PREVENT_FRAUD, Set.of(CUSTOMER_EMAIL));

    Set<DisclosableField> sent = releases.release(command(), Map.of(), ReleasedData::fields);

    assertEquals(Set.of(CUSTOMER_EMAIL), sent);
    assertEquals(List.of("SUCCEEDED completed"), outcomes);
  }

  @Test
  void aFailedCallIsRecordedAsFailedWithItsCode() {
    next = Releases.permitted("fraud-service", Purpose.PREVENT_FRAUD, Set.of(CUSTOMER_EMAIL));

    assertThrows(
        ProviderUnavailableException.class,
        () ->
            releases.release(
                command(),
                Map.of(),
                data -> {
                  throw new ProviderUnavailableException("fraud-prevention service");
                }));

    assertEquals(List.of("FAILED provider-unavailable"), outcomes);
  }

  @Test
  void anAnswerThatNamesAFailureIsRecordedAsFailedAndStillReturned() {
    next = Releases.permitted("fraud-service", Purpose.PREVENT_FRAUD, Set.of(CUSTOMER_EMAIL));

    String answer =
        releases.release(
            command(),
            Map.of(CUSTOMER_EMAIL, "held@example.com"),
            data -> "refused",
            refused -> "rejected: mailbox_rejected");
    String delivered = releases.release(command(), Map.of(), data -> "delivered", ok -> null);

    assertEquals("refused", answer);
    assertEquals("delivered", delivered);
    assertEquals(List.of("FAILED rejected: mailbox_rejected", "SUCCEEDED completed"), outcomes);
  }

  @Test
  void heldValuesAreSentAsGivenWithoutReadingTheCustomer() {
    next = Releases.permitted("fraud-service", Purpose.PREVENT_FRAUD, Set.of(CUSTOMER_EMAIL));

    String sent =
        releases.release(
            command(),
            Map.of(CUSTOMER_EMAIL, "held@example.com"),
            data -> data.value(CUSTOMER_EMAIL));

    assertEquals("held@example.com", sent, "not the stored ada@example.com");
  }

  private static ReleaseCommand command() {
    return new ReleaseCommand(
        "subject-1",
        "fraud-service",
        Purpose.PREVENT_FRAUD,
        LegalBasis.FRAUD_PROTECTION,
        Set.of(CUSTOMER_EMAIL),
        "case-1",
        null,
        "request-1");
  }
}
