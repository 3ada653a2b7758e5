package net.genvoice.communication.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import net.genvoice.communication.entity.Channel;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P12: a customer's marketing channels. They are consents: reading them reads the consent history,
 * changing one appends a consent event through {@link Consents} (web channel, with the text and the
 * truncated source address as evidence). Stopping a channel takes effect at once, also for a
 * campaign that is running.
 */
@Stateless
public class CommunicationPreferences {

  @EJB Consents consents;

  public CommunicationPreferencesView preferences(String customerId) {
    List<ConsentView> state = consents.currentState(customerId);
    List<ChannelPreferenceView> channels =
        Arrays.stream(Channel.values()).map(channel -> preferenceOf(channel, state)).toList();
    return new CommunicationPreferencesView(channels, CommunicationPreferencesView.TRANSACTIONAL);
  }

  /** Allows or stops one channel; an unknown channel is refused and nothing is written. */
  public ChannelPreferenceView change(
      String customerId,
      String channelCode,
      @NotNull @Valid ChannelPreferenceCommand command,
      String sourceAddress) {
    Channel channel =
        Channel.byCode(channelCode)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "channel", "Unknown channel; choose one of: " + Channel.codes()));
    String purpose = channel.purpose().code();
    if (command.granted()) {
      FieldErrors errors = new FieldErrors();
      if (command.textVersion() == null || command.textVersion().isBlank()) {
        errors.add(
            "textVersion",
            "Confirm the text of version " + ConsentPurpose.TEXT_VERSION + " to allow " + purpose);
      }
      errors.throwIfAny();
      consents.grant(
          customerId,
          new ConsentCommand(purpose, null, null, null, command.textVersion(), null),
          sourceAddress);
    } else {
      consents.withdraw(
          customerId, new WithdrawalCommand(purpose, null, null, null), sourceAddress);
    }
    return preferenceOf(channel, consents.currentState(customerId));
  }

  private static ChannelPreferenceView preferenceOf(Channel channel, List<ConsentView> state) {
    ConsentView consent =
        state.stream()
            .filter(view -> view.purpose().equals(channel.purpose().code()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No consent state for " + channel));
    return ChannelPreferenceView.of(channel, consent);
  }
}
