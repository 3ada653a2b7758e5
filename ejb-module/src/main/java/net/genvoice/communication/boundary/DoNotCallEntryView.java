package net.genvoice.communication.boundary;

import java.time.Instant;
import net.genvoice.communication.entity.DoNotCallEntry;

/**
 * P12: a number on the do-not-call list, until when it is kept, and whether the last request
 * renewed an entry that existed already.
 */
public record DoNotCallEntryView(
    String id,
    String phone,
    String note,
    Instant requestedAt,
    Instant expiresAt,
    String addedBy,
    boolean renewed) {

  static DoNotCallEntryView of(DoNotCallEntry entry, boolean renewed) {
    return new DoNotCallEntryView(
        entry.id(),
        entry.phone(),
        entry.note(),
        entry.requestedAt(),
        entry.expiresAt(),
        entry.addedBy(),
        renewed);
  }
}
