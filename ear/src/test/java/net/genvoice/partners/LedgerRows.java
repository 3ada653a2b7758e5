package net.genvoice.partners;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.genvoice.systemtest.Database;

/** The disclosure ledger's rows of one subject and recipient, read straight from the database. */
final class LedgerRows {

  /** One entry: its type (RELEASE, DENIAL, OUTCOME), purpose, fields, reason, outcome. */
  record Row(
      String type,
      String purpose,
      String fieldNames,
      String reasonCode,
      String outcome,
      String detail) {}

  private LedgerRows() {}

  static List<Row> of(String subjectId, String recipientId) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT entry_type, purpose, field_names, reason_code, outcome, outcome_detail"
                    + " FROM disclosure_ledger_entry WHERE subject_id = ? AND recipient_id = ?"
                    + " ORDER BY seq_no")) {
      query.setString(1, subjectId);
      query.setString(2, recipientId);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6)));
        }
      }
      return rows;
    }
  }

  /** How many rows of any subject a recipient has with this outcome detail. */
  static long withDetail(String recipientId, String detail) throws SQLException {
    return Database.count(
        "SELECT COUNT(*) FROM disclosure_ledger_entry WHERE recipient_id = ? AND outcome_detail = ?",
        recipientId,
        detail);
  }
}
