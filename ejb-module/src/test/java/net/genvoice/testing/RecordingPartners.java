package net.genvoice.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import net.genvoice.credit.control.CreditAgencyGateway;
import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.directory.control.DirectoryGateway;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.fraud.control.FraudAssessment;
import net.genvoice.fraud.control.FraudScreeningGateway;
import net.genvoice.fraud.control.ScreeningSubject;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.PayPalGateway;
import net.genvoice.payment.control.ProviderReceipt;
import net.genvoice.platform.error.ProviderUnavailableException;

/**
 * Stand-ins of the other outbound ports in the in-container tests (the real gateways and their
 * sandboxes are tested at system level): each answers at once, as an approving partner would.
 */
public final class RecordingPartners {

  private RecordingPartners() {}

  /** One fraud screening as received: its release, subject and the names of its fields. */
  public record Screening(String releaseId, ScreeningSubject what, Set<String> fields) {}

  /** The PayPal-style provider: verifies every account. */
  @ApplicationScoped
  public static class PayPal implements PayPalGateway {

    @Override
    public String recipientId() {
      return "paypal";
    }

    @Override
    public String verifyAccount(ReleasedData account, String idempotencyKey) {
      return "PAYER-TEST";
    }

    @Override
    public ProviderReceipt authorize(ReleasedData instrument, Money amount, String key) {
      return new ProviderReceipt("auth_" + key, "authorized");
    }

    @Override
    public ProviderReceipt capture(
        ReleasedData instrument, String authorizationId, Money amount, String key) {
      return new ProviderReceipt("ch_" + key, "captured");
    }

    @Override
    public ProviderReceipt refund(
        ReleasedData instrument, String chargeId, Money amount, String key) {
      return new ProviderReceipt("re_" + key, "refunded");
    }
  }

  /**
   * The fraud-prevention service: accepts with a low score, unless a released value (the email, a
   * PayPal account, a billing address line) contains a marker: {@value #REJECT} is rejected,
   * {@value #REVIEW} is sent to review, {@value #UNAVAILABLE} finds the service unavailable. It
   * records the fields (names, never values) of every screening it was given.
   */
  @ApplicationScoped
  public static class Fraud implements FraudScreeningGateway {

    public static final String REJECT = "fraudreject";
    public static final String REVIEW = "fraudreview";
    public static final String UNAVAILABLE = "frauddown";

    private final List<Screening> screened = new CopyOnWriteArrayList<>();

    @Override
    public String recipientId() {
      return "fraud-service";
    }

    @Override
    public FraudAssessment screen(ReleasedData subject, ScreeningSubject what) {
      screened.add(
          new Screening(
              subject.releaseId(),
              what,
              subject.fields().stream()
                  .map(DisclosableField::fieldName)
                  .collect(Collectors.toUnmodifiableSet())));
      String values =
          subject.fields().stream()
              .map(subject::value)
              .collect(Collectors.joining(" "))
              .toLowerCase(Locale.ROOT);
      if (values.contains(UNAVAILABLE)) {
        throw new ProviderUnavailableException("fraud-prevention service");
      }
      if (values.contains(REJECT)) {
        return new FraudAssessment(
            "scr_reject",
            95,
            FraudAssessment.Recommendation.REJECT,
            List.of("identity-mismatch", "velocity-exceeded"));
      }
      if (values.contains(REVIEW)) {
        return new FraudAssessment(
            "scr_review", 60, FraudAssessment.Recommendation.REVIEW, List.of("new-device"));
      }
      return new FraudAssessment(
          "scr_test", 5, FraudAssessment.Recommendation.ACCEPT, List.of("test-stand-in"));
    }

    /** Every screening of the subject's releases, oldest first. */
    public List<Screening> screened() {
      return List.copyOf(screened);
    }
  }

  /**
   * The credit agency: unavailable, so that an application opened in a test stays open (the inquiry
   * that opening triggers fails and is recorded as failed); the real agency's answers are tested at
   * system level against its SOAP sandbox.
   */
  @ApplicationScoped
  public static class Credit implements CreditAgencyGateway {

    @Override
    public String recipientId() {
      return "credit-agency";
    }

    @Override
    public CreditReport inquire(ReleasedData consumer, InquiryKind kind, String reference) {
      throw new ProviderUnavailableException("credit reporting agency");
    }
  }

  /** The directory affiliate: lists everyone. */
  @ApplicationScoped
  public static class Directory implements DirectoryGateway {

    @Override
    public String recipientId() {
      return "directory-affiliate";
    }

    @Override
    public String publish(ReleasedData listing, String idempotencyKey) {
      return "lst_test";
    }
  }
}
