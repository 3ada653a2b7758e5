package net.genvoice.communication.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a message was not sent, with the stable code that the message log, the campaign preview and
 * the audience query use. The order is the order of the checks: a customer held back for several
 * reasons is counted under the first.
 */
public enum SuppressionReason {
  /** The customer withdrew the channel's marketing consent (P12). */
  CONSENT_WITHDRAWN("consent-withdrawn"),
  /** An opt-in channel (email) the customer never consented to. */
  CONSENT_NOT_GIVEN("consent-not-given"),
  /** The customer's number is on GenVoice's own do-not-call list. */
  DO_NOT_CALL("do-not-call"),
  /** The customer's number is in the national do-not-call registry. */
  NATIONAL_REGISTRY("national-registry"),
  /** The customer's postal address receives no marketing letters. */
  DIRECT_MAIL_SUPPRESSION("direct-mail-suppression"),
  /** The account was closed before the message was sent. */
  ACCOUNT_CLOSED("account-closed"),
  /** The provider refused the message or could not be reached in time. */
  DELIVERY_FAILED("delivery-failed"),
  /** The mail house could not deliver to the postal address; it is suppressed from now on. */
  UNDELIVERABLE_ADDRESS("undeliverable-address"),
  /**
   * P23: the policy engine did not let the customer's details go to the channel's provider (say,
   * the provider left the recipient registry); logged as {@code release-denied:} followed by the
   * engine's reason code.
   */
  RELEASE_DENIED("release-denied");

  private final String code;

  SuppressionReason(String code) {
    this.code = code;
  }

  /** The reason a message is logged with when its release was denied for {@code denialCode}. */
  public static String releaseDenied(String denialCode) {
    return RELEASE_DENIED.code + ":" + denialCode;
  }

  public static Optional<SuppressionReason> byCode(String code) {
    return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
  }

  public String code() {
    return code;
  }
}
