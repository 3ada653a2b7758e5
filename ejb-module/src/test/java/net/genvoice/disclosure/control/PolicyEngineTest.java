package net.genvoice.disclosure.control;

import static net.genvoice.disclosure.control.SampleRegistry.fields;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.disclosure.entity.Decision;
import net.genvoice.disclosure.entity.DenialReason;
import net.genvoice.disclosure.entity.DisclosureRequest;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The privacy policy's disclosure sentences as a rule table: one row per sentence, then the edges.
 * Alice has consented to the directory affiliate performing its service, to PartnerDeals' marketing
 * and to CardPay processing her payments, and has an open credit application; Bob has none of
 * these.
 */
class PolicyEngineTest {

  private static final String PERMIT = "permit";

  // promise | rule | subject | recipient | purpose | basis | fields | reference | authority
  //   | outcome (permit or reason code) | fields allowed
  static final String RULES =
      """
      P15 | sale is never permitted, whatever the consent | alice | marketer-1 | SALE | CONSENT | customer.name | | | sale-never-permitted |
      P15 | sale is refused before anything else | bob | nobody | SALE | LEGAL_OBLIGATION | survey.answers | | | sale-never-permitted |
      P14 | survey answers never leave, even with consent | alice | affiliate-1 | PERFORM_SERVICE | CONSENT | customer.name survey.answers | | | internal-only-data |
      P14 | survey answers never leave, even under a court order | bob | court-1 | COMPLY_WITH_LAW | LEGAL_OBLIGATION | survey.answers | CO-2026-17 | District Court | internal-only-data |
      P17 | disclosure on a current consent for this recipient and purpose | alice | affiliate-1 | PERFORM_SERVICE | CONSENT | customer.name | | | permit | customer.name
      P17 | no consent, no disclosure on consent | bob | affiliate-1 | PERFORM_SERVICE | CONSENT | customer.name | | | consent-missing |
      P17 | consent to another recipient does not count | alice | ops-1 | COMPLETE_REQUESTED_TRANSACTION | CONSENT | customer.name | | | consent-missing |
      P17 | consent to another purpose of the same recipient does not count | alice | pay-1 | VERIFY_PAYMENT_METHOD | CONSENT | paymentMethod.last4 | | | consent-missing |
      P18 | without consent to comply with a court order, with reference and authority | bob | court-1 | COMPLY_WITH_LAW | LEGAL_OBLIGATION | customer.name calls.records | CO-2026-17 | District Court | permit | customer.name calls.records
      P18 | a court order without its reference is refused | bob | court-1 | COMPLY_WITH_LAW | LEGAL_OBLIGATION | customer.name | | District Court | reference-missing |
      P18 | a court order without its issuing authority is refused | bob | court-1 | COMPLY_WITH_LAW | LEGAL_OBLIGATION | customer.name | CO-2026-17 | | issuing-authority-missing |
      P18 | without consent to enforce an agreement | bob | court-1 | ENFORCE_AGREEMENT | CONTRACT_ENFORCEMENT | customer.name billing.invoices | CASE-88 | | permit | customer.name billing.invoices
      P18 | without consent to bill and collect | bob | ops-1 | BILL_AND_COLLECT | BILLING_AND_COLLECTION | customer.name billing.invoices | INV-1001 | | permit | customer.name billing.invoices
      P18 | billing and collection without a reference is refused | bob | ops-1 | BILL_AND_COLLECT | BILLING_AND_COLLECTION | billing.invoices | | | reference-missing |
      P18 | without consent to protect rights and property against fraud | bob | fraud-1 | PROTECT_RIGHTS_AND_PROPERTY | FRAUD_PROTECTION | customer.name calls.records | FRAUD-7 | | permit | customer.name calls.records
      P18 | without consent on no ground of the policy is refused | bob | court-1 | COMPLY_WITH_LAW | FRAUD_PROTECTION | customer.name | CO-2026-17 | District Court | basis-not-valid-for-purpose |
      P19 | an affiliate gets what performing the service needs | bob | affiliate-1 | PERFORM_SERVICE | SERVICE_NECESSITY | customer.name customer.phone | | | permit | customer.name customer.phone
      P19 | an affiliate gets only its allowed fields | bob | affiliate-1 | PERFORM_SERVICE | SERVICE_NECESSITY | customer.name customer.email | | | field-not-allowed |
      P19 | an affiliate gets nothing for any other purpose | alice | affiliate-1 | THIRD_PARTY_MARKETING | CONSENT | customer.name | | | purpose-not-allowed-for-recipient-kind |
      P20 | a payment provider verifies a payment method | bob | pay-1 | VERIFY_PAYMENT_METHOD | SERVICE_NECESSITY | customer.name paymentMethod.token paymentMethod.last4 | | | permit | customer.name paymentMethod.token paymentMethod.last4
      P20 | a fraud-prevention service screens for fraud | bob | fraud-1 | PREVENT_FRAUD | FRAUD_PROTECTION | customer.email session.ipAddress | SCREEN-42 | | permit | customer.email session.ipAddress
      P20 | a payment provider makes no credit inquiry | alice | pay-1 | CREDIT_INQUIRY | SERVICE_NECESSITY | customer.name | | | purpose-not-allowed-for-recipient-kind |
      P21 | a credit inquiry while the customer has an open credit application | alice | credit-1 | CREDIT_INQUIRY | SERVICE_NECESSITY | customer.name customer.address customer.governmentId | | | permit | customer.name customer.address customer.governmentId
      P21 | no credit inquiry without an open credit application | bob | credit-1 | CREDIT_INQUIRY | SERVICE_NECESSITY | customer.name | | | no-open-credit-application |
      P21 | a credit agency gets nothing but credit inquiries | alice | credit-1 | PREVENT_FRAUD | FRAUD_PROTECTION | customer.name | FRAUD-7 | | purpose-not-allowed-for-recipient-kind |
      P23 | a third party completes a transaction the customer requested | bob | ops-1 | COMPLETE_REQUESTED_TRANSACTION | SERVICE_NECESSITY | customer.name customer.address | | | permit | customer.name customer.address
      P23 | a third party supports the operation of the service | bob | ops-1 | OPERATE_SERVICE | SERVICE_NECESSITY | customer.email | | | permit | customer.email
      P23 | a recipient outside the registry gets nothing | alice | stranger | COMPLETE_REQUESTED_TRANSACTION | CONSENT | customer.name | | | unknown-recipient |
      P23 | a purpose the recipient is not registered for is refused | bob | pay-1 | PREVENT_FRAUD | FRAUD_PROTECTION | customer.name | FRAUD-7 | | purpose-not-registered |
      P23 | a service provider gets nothing for marketing | alice | ops-1 | THIRD_PARTY_MARKETING | CONSENT | customer.email | | | purpose-not-allowed-for-recipient-kind |
      P23 | a mail house posts GenVoice's own letters with the name and address | bob | mail-house-1 | OPERATE_SERVICE | SERVICE_NECESSITY | customer.name customer.address | | | permit | customer.name customer.address
      P23 | a mail house gets no phone number with a letter | bob | mail-house-1 | OPERATE_SERVICE | SERVICE_NECESSITY | customer.name customer.address customer.phone | | | field-not-allowed |
      P23 | a mail house gets nothing to market its own products | alice | mail-house-1 | THIRD_PARTY_MARKETING | CONSENT | customer.name customer.address | | | purpose-not-allowed-for-recipient-kind |
      P24 | a third party's marketing with the customer's explicit consent | alice | marketer-1 | THIRD_PARTY_MARKETING | CONSENT | customer.name customer.email | | | permit | customer.name customer.email
      P24 | no third-party marketing without consent | bob | marketer-1 | THIRD_PARTY_MARKETING | CONSENT | customer.email | | | consent-missing |
      P24 | third-party marketing rests on consent alone | bob | marketer-1 | THIRD_PARTY_MARKETING | SERVICE_NECESSITY | customer.email | | | basis-not-valid-for-purpose |
      edge | a request for no field at all is refused | bob | ops-1 | OPERATE_SERVICE | SERVICE_NECESSITY | | | | no-fields-requested |
      edge | a blank reference is no reference | bob | court-1 | ENFORCE_AGREEMENT | CONTRACT_ENFORCEMENT | customer.name | '  ' | | reference-missing |
      edge | a field outside the set is refused before the basis is looked at | bob | marketer-1 | THIRD_PARTY_MARKETING | SERVICE_NECESSITY | customer.phone | | | field-not-allowed |
      """;

  private static final Set<String> CONSENTS =
      Set.of(
          "alice affiliate-1 PERFORM_SERVICE",
          "alice marketer-1 THIRD_PARTY_MARKETING",
          "alice pay-1 PROCESS_PAYMENT");

  private final List<String> lookups = new ArrayList<>();
  private final PolicyEngine engine =
      new PolicyEngine(
          (subject, recipient, purpose) -> {
            lookups.add("consent");
            return CONSENTS.contains(subject + " " + recipient + " " + purpose);
          },
          subject -> {
            lookups.add("credit");
            return subject.equals("alice");
          });
  private final RegistrySnapshot registry = SampleRegistry.snapshot();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = RULES)
  void decidesAsThePolicySays(
      String promise,
      String rule,
      String subject,
      String recipient,
      Purpose purpose,
      LegalBasis basis,
      String requested,
      String reference,
      String authority,
      String outcome,
      String allowed) {
    Decision decision =
        engine.decide(
            new DisclosureRequest(
                subject, recipient, purpose, basis, fields(requested), reference, authority),
            registry);

    assertAll(
        () -> assertEquals(PERMIT.equals(outcome), decision.isPermitted(), decision.toString()),
        () ->
            assertEquals(
                PERMIT.equals(outcome) ? null : outcome,
                decision.reason().map(DenialReason::code).orElse(null)),
        () -> assertEquals(fields(allowed), decision.fields()),
        () -> assertFalse(decision.explanation().isBlank()));
  }

  @Test
  void everyReasonCodeAndEveryDisclosurePromiseHasARow() {
    List<String[]> rows = RULES.lines().map(line -> line.split("\\|", -1)).toList();
    Set<String> outcomes = rows.stream().map(r -> r[9].trim()).collect(Collectors.toSet());
    Set<String> promises = rows.stream().map(r -> r[0].trim()).collect(Collectors.toSet());

    Arrays.stream(DenialReason.values())
        .forEach(reason -> assertTrue(outcomes.contains(reason.code()), reason.code()));
    assertTrue(outcomes.contains(PERMIT));
    for (String promise : List.of("P14", "P15", "P17", "P18", "P19", "P20", "P21", "P23", "P24")) {
      assertTrue(promises.contains(promise), promise);
    }
  }

  @Test
  void fieldNotAllowedNamesTheFieldsOutsideTheAllowedSet() {
    Decision decision =
        engine.decide(
            DisclosureRequest.of(
                "bob",
                "affiliate-1",
                Purpose.PERFORM_SERVICE,
                LegalBasis.SERVICE_NECESSITY,
                fields("customer.name customer.email customer.address")),
            registry);

    assertEquals(DenialReason.FIELD_NOT_ALLOWED, decision.reason().orElseThrow());
    assertTrue(decision.explanation().endsWith("customer.email, customer.address"));
  }

  @Test
  void aDenialWithItsOwnExplanationIsASharedConstant() {
    DisclosureRequest sale =
        DisclosureRequest.of(
            "alice", "marketer-1", Purpose.SALE, LegalBasis.CONSENT, fields("customer.name"));

    assertSame(engine.decide(sale, registry), engine.decide(sale, registry));
    assertSame(
        Decision.deny(DenialReason.UNKNOWN_RECIPIENT),
        Decision.deny(DenialReason.UNKNOWN_RECIPIENT));
  }

  @Test
  void consentIsReadOnlyWhenConsentIsTheBasis() {
    engine.decide(
        new DisclosureRequest(
            "bob",
            "court-1",
            Purpose.COMPLY_WITH_LAW,
            LegalBasis.LEGAL_OBLIGATION,
            fields("customer.name"),
            "CO-1",
            "District Court"),
        registry);
    assertEquals(List.of(), lookups);

    engine.decide(
        DisclosureRequest.of(
            "alice",
            "marketer-1",
            Purpose.THIRD_PARTY_MARKETING,
            LegalBasis.CONSENT,
            fields("customer.email")),
        registry);
    assertEquals(List.of("consent"), lookups);
  }

  @Test
  void aCreditInquiryOnConsentStillNeedsAnOpenApplication() {
    PolicyEngine everyoneConsents =
        new PolicyEngine((subject, recipient, purpose) -> true, subject -> false);

    Decision decision =
        everyoneConsents.decide(
            DisclosureRequest.of(
                "alice",
                "credit-1",
                Purpose.CREDIT_INQUIRY,
                LegalBasis.CONSENT,
                fields("customer.name")),
            registry);

    assertEquals(DenialReason.NO_OPEN_CREDIT_APPLICATION, decision.reason().orElseThrow());
  }

  @Test
  void nothingIsPermittedByAnEmptyRegistry() {
    Decision decision =
        engine.decide(
            DisclosureRequest.of(
                "alice",
                "affiliate-1",
                Purpose.PERFORM_SERVICE,
                LegalBasis.CONSENT,
                fields("customer.name")),
            RegistrySnapshot.EMPTY);

    assertEquals(DenialReason.UNKNOWN_RECIPIENT, decision.reason().orElseThrow());
    assertEquals(FieldSet.EMPTY, decision.fields());
  }
}
