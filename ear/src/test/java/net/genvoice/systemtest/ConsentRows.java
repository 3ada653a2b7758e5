package net.genvoice.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A subject's consent history as the database holds it, one line per event, oldest first. */
public final class ConsentRows {

  private ConsentRows() {}

  /** Each event as {@code PURPOSE true|false CHANNEL}, e.g. {@code COOKIES_ANALYTICS true WEB}. */
  public static List<String> of(String subject) throws SQLException {
    List<String> events = new ArrayList<>();
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT purpose, granted, channel FROM consent_event WHERE subject_id = ?"
                    + " ORDER BY seq_no")) {
      query.setString(1, subject);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(rows.getString(1) + " " + rows.getBoolean(2) + " " + rows.getString(3));
        }
      }
    }
    return events;
  }
}
