package net.genvoice.communication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * P12: a new campaign: an internal name, the channel (telemarketing, direct-mail, email), the
 * subject the customers see in their message log, and the text (the call script, the letter, the
 * email).
 */
public record CampaignCommand(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 30) String channel,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 4000) String body) {}
