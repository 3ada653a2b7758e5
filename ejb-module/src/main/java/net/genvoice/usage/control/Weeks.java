package net.genvoice.usage.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** P05: usage is counted per ISO week, Monday to Sunday, in UTC. */
public final class Weeks {

  private Weeks() {}

  public static LocalDate startOf(Instant instant) {
    return startOf(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  public static LocalDate startOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
