package net.genvoice.web.disclosure.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.genvoice.privacy.catalogue.PiCategory;

/** The words the pages use for purposes, legal bases, categories and times. */
public final class DisclosureWords {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final Map<String, String> PURPOSES =
      Map.ofEntries(
          Map.entry("VERIFY_PAYMENT_METHOD", "To verify your payment method"),
          Map.entry("PROCESS_PAYMENT", "To process a payment"),
          Map.entry("PREVENT_FRAUD", "To prevent fraud"),
          Map.entry("CREDIT_INQUIRY", "A credit inquiry on your credit application"),
          Map.entry("PERFORM_SERVICE", "To perform part of the service you receive"),
          Map.entry("OPERATE_SERVICE", "To operate and maintain the service"),
          Map.entry("COMPLETE_REQUESTED_TRANSACTION", "To complete a transaction you requested"),
          Map.entry("COMPLY_WITH_LAW", "To comply with the law (a subpoena or court order)"),
          Map.entry("ENFORCE_AGREEMENT", "To enforce our agreement with you"),
          Map.entry("BILL_AND_COLLECT", "To bill and collect for services"),
          Map.entry("PROTECT_RIGHTS_AND_PROPERTY", "To protect rights and property"),
          Map.entry(
              "THIRD_PARTY_MARKETING", "For the recipient's own marketing, with your consent"));

  private static final Map<String, String> BASES =
      Map.of(
          "CONSENT", "Your consent",
          "LEGAL_OBLIGATION", "A legal obligation",
          "CONTRACT_ENFORCEMENT", "Enforcing our agreement",
          "BILLING_AND_COLLECTION", "Billing and collection",
          "FRAUD_PROTECTION", "Protection against fraud",
          "SERVICE_NECESSITY", "Needed for the service you asked for");

  private DisclosureWords() {}

  public static String purpose(String code) {
    return PURPOSES.getOrDefault(code, code);
  }

  public static String basis(String code) {
    return BASES.getOrDefault(code, code);
  }

  /** "Payment methods: ..., Email address ...": each category's description. */
  public static String categories(List<String> names) {
    return names.stream()
        .map(name -> PiCategory.valueOf(name).description())
        .collect(Collectors.joining("; "));
  }

  public static String time(java.time.Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
