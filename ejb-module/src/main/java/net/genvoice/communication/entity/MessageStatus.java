package net.genvoice.communication.entity;

/**
 * Where a message stands: waiting to be sent, sent (handed to the provider), suppressed (held back,
 * with the reason) or failed (the provider did not take it).
 */
public enum MessageStatus {
  PENDING,
  SENT,
  SUPPRESSED,
  FAILED
}
