package net.genvoice.communication.boundary;

import java.time.Instant;
import net.genvoice.communication.entity.CustomerMessage;

/**
 * P12, P13: one message of a customer's log: what it was, on which channel, and whether it was
 * sent, held back (with the reason) or failed.
 */
public record MessageView(
    String id,
    String customerId,
    String type,
    boolean transactional,
    String channel,
    String subject,
    String status,
    String reason,
    String campaignId,
    Instant createdAt,
    Instant decidedAt) {

  static MessageView of(CustomerMessage message) {
    return new MessageView(
        message.id(),
        message.customerId(),
        message.type().code(),
        message.type().isTransactional(),
        message.channel().code(),
        message.subject(),
        message.status().name(),
        message.reason(),
        message.campaignId(),
        message.createdAt(),
        message.decidedAt());
  }
}
