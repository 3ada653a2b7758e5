package net.genvoice.usage.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** One usage event as it is written: already minimised by {@link UsageRows}. */
public record UsageRow(
    String id,
    Instant occurredAt,
    LocalDate weekStart,
    String feature,
    String ipAddress,
    String deviceId,
    String visitorId,
    String sessionRef,
    String browser,
    String deviceType,
    String customerId) {}
