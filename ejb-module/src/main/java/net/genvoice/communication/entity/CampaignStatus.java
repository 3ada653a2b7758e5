package net.genvoice.communication.entity;

/** A campaign is drafted, then run once: its messages go out, then it is completed. */
public enum CampaignStatus {
  DRAFT,
  RUNNING,
  COMPLETED
}
