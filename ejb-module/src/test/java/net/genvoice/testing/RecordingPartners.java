package net.genvoice.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import net.genvoice.credit.control.CreditAgencyGateway;
import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.directory.control.DirectoryGateway;
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

  /** The fraud-prevention service: accepts everything with a low score. */
  @ApplicationScoped
  public static class Fraud implements FraudScreeningGateway {

    @Override
    public String recipientId() {
      return "fraud-service";
    }

    @Override
    public FraudAssessment screen(ReleasedData subject, ScreeningSubject what) {
      return new FraudAssessment(
          "scr_test", 5, FraudAssessment.Recommendation.ACCEPT, List.of("test-stand-in"));
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
