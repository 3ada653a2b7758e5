package net.genvoice.bench.disclosure;

import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_PHONE;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_BILLING_ADDRESS;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_LAST4;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_TOKEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.genvoice.disclosure.control.PolicyEngine;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.Decision;
import net.genvoice.disclosure.entity.DisclosureRequest;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.entity.RecipientRegistration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One decision of {@link PolicyEngine} over a registry of 1,000 recipients: a permit (a payment
 * provider verifying a payment method), a denial with a shared reason (third-party marketing without
 * consent, which runs every rule up to the consent lookup) and a denial that names the refused fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PolicyDecisionBenchmark {

  private static final int FILLER_RECIPIENTS = 997;

  private PolicyEngine engine;
  private RegistrySnapshot registry;
  private DisclosureRequest permitted;
  private DisclosureRequest noConsent;
  private DisclosureRequest fieldOutsideTheSet;

  @Setup
  public void setUp() {
    List<RecipientRegistration> registrations = new ArrayList<>();
    registrations.add(
        new RecipientRegistration(
            "pay-1",
            "CardPay",
            RecipientKind.PAYMENT_PROVIDER,
            "AGR-PAY-1",
            Map.of(
                Purpose.VERIFY_PAYMENT_METHOD,
                FieldSet.of(CUSTOMER_NAME, PAYMENT_TOKEN, PAYMENT_LAST4, PAYMENT_BILLING_ADDRESS))));
    registrations.add(
        new RecipientRegistration(
            "marketer-1",
            "PartnerDeals",
            RecipientKind.THIRD_PARTY_MARKETER,
            "AGR-MKT-1",
            Map.of(Purpose.THIRD_PARTY_MARKETING, FieldSet.of(CUSTOMER_NAME, CUSTOMER_EMAIL))));
    registrations.add(
        new RecipientRegistration(
            "affiliate-1",
            "Directory Listings",
            RecipientKind.BUSINESS_AFFILIATE,
            "AGR-AFF-1",
            Map.of(Purpose.PERFORM_SERVICE, FieldSet.of(CUSTOMER_NAME, CUSTOMER_PHONE))));
    for (int i = 0; i < FILLER_RECIPIENTS; i++) {
      registrations.add(
          new RecipientRegistration(
              "ops-" + i,
              "Service provider " + i,
              RecipientKind.SERVICE_PROVIDER,
              "AGR-OPS-" + i,
              Map.of(Purpose.OPERATE_SERVICE, FieldSet.of(CUSTOMER_EMAIL))));
    }
    registry = RegistrySnapshot.of(registrations);
    engine =
        new PolicyEngine(
            (subject, recipient, purpose) -> subject.equals("alice"),
            subject -> subject.equals("alice"));
    permitted =
        DisclosureRequest.of(
            "bob",
            "pay-1",
            Purpose.VERIFY_PAYMENT_METHOD,
            LegalBasis.SERVICE_NECESSITY,
            FieldSet.of(PAYMENT_TOKEN, PAYMENT_LAST4));
    noConsent =
        DisclosureRequest.of(
            "bob",
            "marketer-1",
            Purpose.THIRD_PARTY_MARKETING,
            LegalBasis.CONSENT,
            FieldSet.of(CUSTOMER_EMAIL));
    fieldOutsideTheSet =
        DisclosureRequest.of(
            "bob",
            "affiliate-1",
            Purpose.PERFORM_SERVICE,
            LegalBasis.SERVICE_NECESSITY,
            FieldSet.of(CUSTOMER_NAME, CUSTOMER_EMAIL));
    check(decidePermit().isPermitted(), "the permit case must be permitted");
    check(!decideDenyNoConsent().isPermitted(), "the consent case must be denied");
    check(!decideDenyFieldNotAllowed().isPermitted(), "the field case must be denied");
  }

  @Benchmark
  public Decision decidePermit() {
    return engine.decide(permitted, registry);
  }

  @Benchmark
  public Decision decideDenyNoConsent() {
    return engine.decide(noConsent, registry);
  }

  @Benchmark
  public Decision decideDenyFieldNotAllowed() {
    return engine.decide(fieldOutsideTheSet, registry);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
