package net.genvoice.communication.boundary;

import java.util.Map;

/**
 * P12: who a campaign would reach if it ran now: the active customers, the audience, and the
 * customers held back by reason (each counted once, under the first reason that applies). For
 * telemarketing also the registry's state; {@code runnable} is false, with the problem's code in
 * {@code blockedBy}, when the campaign would refuse to run.
 */
public record CampaignPreviewView(
    String campaignId,
    String channel,
    long activeCustomers,
    long audience,
    Map<String, Long> suppressed,
    RegistryStatusView registry,
    boolean runnable,
    String blockedBy) {}
