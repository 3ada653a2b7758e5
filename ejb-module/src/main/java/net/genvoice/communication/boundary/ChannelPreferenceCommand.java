package net.genvoice.communication.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * P12: allows or stops marketing on one channel. Allowing it confirms the channel's text, so it
 * names the version shown; stopping it needs nothing more and takes effect at once.
 */
public record ChannelPreferenceCommand(
    @NotNull Boolean granted, @Size(max = 20) String textVersion) {}
