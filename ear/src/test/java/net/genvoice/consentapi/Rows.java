package net.genvoice.consentapi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import net.genvoice.systemtest.Database;

/** Counts rows of the system under test's database, to prove what a request wrote or did not. */
final class Rows {

  private Rows() {}

  /** The number the query counts, e.g. {@code SELECT COUNT(*) FROM t WHERE c = ?}. */
  static long count(String sql, Object... parameters) {
    try (Connection connection = Database.connect();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static long consentEventsOf(String customerId) {
    return count("SELECT COUNT(*) FROM consent_event WHERE subject_id = ?", customerId);
  }

  static long all(String table) {
    return count("SELECT COUNT(*) FROM " + table);
  }
}
