package net.genvoice.communication.boundary;

import java.time.Instant;
import net.genvoice.communication.entity.Channel;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P12: a customer's choice for one marketing channel, read from their consent history: granted or
 * not, whether that is the channel's default (telemarketing and direct mail: granted until opted
 * out; email: only once asked for), since when, and the text a grant confirms with its version.
 */
public record ChannelPreferenceView(
    String channel,
    String purpose,
    boolean granted,
    boolean byDefault,
    boolean optOut,
    Instant since,
    String text,
    String textVersion) {

  static ChannelPreferenceView of(Channel channel, ConsentView consent) {
    ConsentPurpose purpose = channel.purpose();
    return new ChannelPreferenceView(
        channel.code(),
        purpose.code(),
        consent.granted(),
        consent.byDefault(),
        purpose.isOptOut(),
        consent.since(),
        purpose.text(),
        purpose.textVersion());
  }
}
