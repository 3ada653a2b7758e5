package net.genvoice.communication.boundary;

import java.time.Instant;
import net.genvoice.communication.entity.Campaign;

/** P12: a campaign and how many of its messages are pending, sent, suppressed or failed. */
public record CampaignView(
    String id,
    String name,
    String channel,
    String subject,
    String body,
    String status,
    String createdBy,
    Instant createdAt,
    String startedBy,
    Instant startedAt,
    Instant completedAt,
    MessageCounts messages) {

  /** The campaign's messages by status. */
  public record MessageCounts(long pending, long sent, long suppressed, long failed) {}

  static CampaignView of(Campaign campaign, MessageCounts counts) {
    return new CampaignView(
        campaign.id(),
        campaign.name(),
        campaign.channel().code(),
        campaign.subject(),
        campaign.body(),
        campaign.status().name(),
        campaign.createdBy(),
        campaign.createdAt(),
        campaign.startedBy(),
        campaign.startedAt(),
        campaign.completedAt(),
        counts);
  }
}
