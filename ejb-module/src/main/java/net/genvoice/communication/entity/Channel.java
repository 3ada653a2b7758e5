package net.genvoice.communication.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P12: the channels GenVoice markets by, each gated by its own marketing consent. Telemarketing and
 * direct mail are opt-out, email is opt-in ({@link ConsentPurpose#isOptOut()}).
 */
public enum Channel {
  TELEMARKETING("telemarketing", ConsentPurpose.MARKETING_TELEMARKETING),
  DIRECT_MAIL("direct-mail", ConsentPurpose.MARKETING_DIRECT_MAIL),
  EMAIL("email", ConsentPurpose.MARKETING_EMAIL);

  private final String code;
  private final ConsentPurpose purpose;

  Channel(String code, ConsentPurpose purpose) {
    this.code = code;
    this.purpose = purpose;
  }

  public static Optional<Channel> byCode(String code) {
    return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
  }

  /** The codes of every channel, for the message that refuses an unknown one. */
  public static String codes() {
    return Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "));
  }

  public String code() {
    return code;
  }

  /** The marketing consent that gates this channel. */
  public ConsentPurpose purpose() {
    return purpose;
  }
}
