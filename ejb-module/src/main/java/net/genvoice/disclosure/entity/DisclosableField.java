package net.genvoice.disclosure.entity;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * The catalogue of fields a release may ever name, each with its category of personal information
 * (P02) and whether it must stay inside GenVoice (P14: survey answers). Passwords, login tokens and
 * consent evidence are not here: they are never disclosed. At most 64 fields ({@link FieldSet}).
 */
public enum DisclosableField {
  CUSTOMER_NAME("customer.name", PiCategory.IDENTITY),
  CUSTOMER_EMAIL("customer.email", PiCategory.CONTACT),
  CUSTOMER_PHONE("customer.phone", PiCategory.CONTACT),
  CUSTOMER_ADDRESS("customer.address", PiCategory.CONTACT),
  CUSTOMER_GOVERNMENT_ID("customer.governmentId", PiCategory.GOVERNMENT_ID),
  PAYMENT_TOKEN("paymentMethod.token", PiCategory.PAYMENT),
  PAYMENT_BRAND("paymentMethod.brand", PiCategory.PAYMENT),
  PAYMENT_LAST4("paymentMethod.last4", PiCategory.PAYMENT),
  PAYMENT_EXPIRY("paymentMethod.expiry", PiCategory.PAYMENT),
  PAYMENT_BILLING_ADDRESS("paymentMethod.billingAddress", PiCategory.PAYMENT),
  /**
   * P03: the card number, released only to the card provider's tokenisation; the ledger records the
   * field's name, never its value, and GenVoice never stores it.
   */
  CARD_NUMBER("paymentMethod.cardNumber", PiCategory.PAYMENT),
  /** P03: the card's security code, like the number only ever to the tokenisation. */
  CARD_CVV("paymentMethod.cvv", PiCategory.PAYMENT),
  CARD_HOLDER_NAME("paymentMethod.holderName", PiCategory.PAYMENT),
  PAYPAL_ACCOUNT("paymentMethod.paypalAccount", PiCategory.PAYMENT),
  SESSION_IP_ADDRESS("session.ipAddress", PiCategory.DEVICE_AND_SESSION),
  SESSION_DEVICE_ID("session.deviceId", PiCategory.DEVICE_AND_SESSION),
  CALL_RECORDS("calls.records", PiCategory.TELEPHONY),
  INVOICES("billing.invoices", PiCategory.BILLING),
  /** P14: survey answers are used only inside GenVoice. */
  SURVEY_ANSWERS("survey.answers", PiCategory.SURVEY, true);

  private static final Map<String, DisclosableField> BY_NAME =
      Stream.of(values()).collect(Collectors.toUnmodifiableMap(f -> f.name, Function.identity()));

  private final String name;
  private final PiCategory category;
  private final boolean internalOnly;

  DisclosableField(String name, PiCategory category) {
    this(name, category, false);
  }

  DisclosableField(String name, PiCategory category, boolean internalOnly) {
    this.name = name;
    this.category = category;
    this.internalOnly = internalOnly;
  }

  /** The field by its name on the wire, such as "customer.email"; empty for any other name. */
  public static Optional<DisclosableField> byName(String name) {
    return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
  }

  /** The name partners and the ledger use, such as "paymentMethod.last4". */
  public String fieldName() {
    return name;
  }

  public PiCategory category() {
    return category;
  }

  /** P14: true for data that never leaves GenVoice, whoever asks and on whatever basis. */
  public boolean internalOnly() {
    return internalOnly;
  }
}
