package net.genvoice.communication.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * P13: what a message is. Only {@link #MARKETING} is gated by marketing consent; the transactional
 * types go to the customer whatever they chose about marketing.
 */
public enum MessageType {
  INVOICE_READY("invoice-ready", true),
  PAYMENT_PROBLEM("payment-problem", true),
  SERVICE_NOTICE("service-notice", true),
  SECURITY_ALERT("security-alert", true),
  MARKETING("marketing", false);

  private final String code;
  private final boolean transactional;

  MessageType(String code, boolean transactional) {
    this.code = code;
    this.transactional = transactional;
  }

  public static Optional<MessageType> byCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  /** The codes of the transactional types. */
  public static String transactionalCodes() {
    return Arrays.stream(values())
        .filter(MessageType::isTransactional)
        .map(MessageType::code)
        .collect(Collectors.joining(", "));
  }

  public String code() {
    return code;
  }

  /** P13: a transactional message is never held back for a marketing choice. */
  public boolean isTransactional() {
    return transactional;
  }
}
