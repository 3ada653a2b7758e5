package net.genvoice.disclosure.control;

import static net.genvoice.disclosure.entity.DisclosableField.CALL_RECORDS;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_ADDRESS;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_GOVERNMENT_ID;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_PHONE;
import static net.genvoice.disclosure.entity.DisclosableField.INVOICES;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_BILLING_ADDRESS;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_BRAND;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_EXPIRY;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_LAST4;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_TOKEN;
import static net.genvoice.disclosure.entity.DisclosableField.SESSION_DEVICE_ID;
import static net.genvoice.disclosure.entity.DisclosableField.SESSION_IP_ADDRESS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.entity.RecipientRegistration;

/**
 * A registry with one recipient of every kind (two service providers: an operations relay and a
 * mail house posting GenVoice's letters), as the policy's rule table uses it.
 */
final class SampleRegistry {

  private SampleRegistry() {}

  static RegistrySnapshot snapshot() {
    return RegistrySnapshot.of(registrations());
  }

  static List<RecipientRegistration> registrations() {
    return List.of(
        new RecipientRegistration(
            "pay-1",
            "CardPay",
            RecipientKind.PAYMENT_PROVIDER,
            "AGR-PAY-1",
            Map.of(
                Purpose.VERIFY_PAYMENT_METHOD,
                    FieldSet.of(
                        CUSTOMER_NAME,
                        PAYMENT_TOKEN,
                        PAYMENT_BRAND,
                        PAYMENT_LAST4,
                        PAYMENT_EXPIRY,
                        PAYMENT_BILLING_ADDRESS),
                Purpose.PROCESS_PAYMENT, FieldSet.of(CUSTOMER_NAME, PAYMENT_TOKEN),
                Purpose.BILL_AND_COLLECT, FieldSet.of(CUSTOMER_NAME, PAYMENT_TOKEN, INVOICES))),
        new RecipientRegistration(
            "fraud-1",
            "FraudShield",
            RecipientKind.FRAUD_PREVENTION,
            "AGR-FRAUD-1",
            Map.of(
                Purpose.PREVENT_FRAUD,
                    FieldSet.of(
                        CUSTOMER_NAME,
                        CUSTOMER_EMAIL,
                        SESSION_IP_ADDRESS,
                        SESSION_DEVICE_ID,
                        PAYMENT_LAST4),
                Purpose.VERIFY_PAYMENT_METHOD, FieldSet.of(PAYMENT_LAST4, PAYMENT_BILLING_ADDRESS),
                Purpose.PROTECT_RIGHTS_AND_PROPERTY, FieldSet.of(CUSTOMER_NAME, CALL_RECORDS))),
        new RecipientRegistration(
            "credit-1",
            "CreditBureau",
            RecipientKind.CREDIT_AGENCY,
            "AGR-CREDIT-1",
            Map.of(
                Purpose.CREDIT_INQUIRY,
                FieldSet.of(CUSTOMER_NAME, CUSTOMER_ADDRESS, CUSTOMER_GOVERNMENT_ID))),
        new RecipientRegistration(
            "affiliate-1",
            "Directory Listings",
            RecipientKind.BUSINESS_AFFILIATE,
            "AGR-AFF-1",
            Map.of(Purpose.PERFORM_SERVICE, FieldSet.of(CUSTOMER_NAME, CUSTOMER_PHONE))),
        new RecipientRegistration(
            "ops-1",
            "MailRelay",
            RecipientKind.SERVICE_PROVIDER,
            "AGR-OPS-1",
            Map.of(
                Purpose.OPERATE_SERVICE, FieldSet.of(CUSTOMER_EMAIL),
                Purpose.COMPLETE_REQUESTED_TRANSACTION,
                    FieldSet.of(CUSTOMER_NAME, CUSTOMER_ADDRESS),
                Purpose.BILL_AND_COLLECT, FieldSet.of(CUSTOMER_NAME, CUSTOMER_ADDRESS, INVOICES))),
        new RecipientRegistration(
            "court-1",
            "District Court",
            RecipientKind.COURT_OR_LAW_ENFORCEMENT,
            "STATUTE",
            Map.of(
                Purpose.COMPLY_WITH_LAW, FieldSet.of(CUSTOMER_NAME, CUSTOMER_ADDRESS, CALL_RECORDS),
                Purpose.ENFORCE_AGREEMENT, FieldSet.of(CUSTOMER_NAME, INVOICES))),
        new RecipientRegistration(
            "marketer-1",
            "PartnerDeals",
            RecipientKind.THIRD_PARTY_MARKETER,
            "AGR-MKT-1",
            Map.of(Purpose.THIRD_PARTY_MARKETING, FieldSet.of(CUSTOMER_NAME, CUSTOMER_EMAIL))),
        new RecipientRegistration(
            "mail-house-1",
            "LetterPost",
            RecipientKind.SERVICE_PROVIDER,
            "AGR-MAIL-1",
            Map.of(Purpose.OPERATE_SERVICE, FieldSet.of(CUSTOMER_NAME, CUSTOMER_ADDRESS))));
  }

  /** The fields named by their wire names, separated by spaces; null or blank is no field. */
  static FieldSet fields(String names) {
    if (names == null || names.isBlank()) {
      return FieldSet.EMPTY;
    }
    return FieldSet.copyOf(
        Arrays.stream(names.trim().split("\\s+"))
            .map(name -> DisclosableField.byName(name).orElseThrow())
            .toList());
  }
}
