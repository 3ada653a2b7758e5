package net.genvoice.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the database with plain JDBC, past the persistence context and its caches, so that tests
 * assert what was really written.
 */
public final class DatabaseRows {

  private final DataSource dataSource;

  public DatabaseRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long count(String sql, Object... parameters) {
    List<Map<String, Object>> rows = query(sql, parameters);
    return ((Number) rows.get(0).values().iterator().next()).longValue();
  }

  public long countAll(String table) {
    return count("SELECT COUNT(*) FROM " + table);
  }

  /** The rows of a query, each column by its lower-case label. */
  public List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int column = 1; column <= meta.getColumnCount(); column++) {
            row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), result.getObject(column));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  /** The one row a query must find. */
  public Map<String, Object> single(String sql, Object... parameters) {
    List<Map<String, Object>> rows = query(sql, parameters);
    if (rows.size() != 1) {
      throw new AssertionError("Expected one row, found " + rows.size() + ": " + sql);
    }
    return rows.get(0);
  }

  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Update failed: " + sql, e);
    }
  }

  /** Every non-null cell of every row of the table, as JDBC returned it. */
  public List<Object> cellsOf(String table) {
    return query("SELECT * FROM " + table).stream()
        .flatMap(row -> row.values().stream())
        .filter(value -> value != null)
        .toList();
  }
}
