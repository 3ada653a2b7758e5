package net.genvoice.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The system under test's database, opened directly over JDBC: to look at what the application
 * wrote, and to search every column of every row for something that must never be stored.
 */
public final class Database {

  /** One cell of the dump: where it is and its value as text. */
  public record Cell(String table, long row, String column, String value) {}

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        SystemUnderTest.setting("genvoice.db.url"),
        SystemUnderTest.setting("genvoice.db.user"),
        System.getProperty("genvoice.db.password", ""));
  }

  /** The single number a query with these parameters answers, such as a COUNT(*). */
  public static long count(String sql, String... parameters) throws SQLException {
    try (Connection connection = connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The names of all tables of the application's schema. */
  public static List<String> tables() throws SQLException {
    try (Connection connection = connect()) {
      return tables(connection);
    }
  }

  /** Every column of every row of every table, as text (binary columns as their bytes' text). */
  public static List<Cell> dump() throws SQLException {
    List<Cell> cells = new ArrayList<>();
    try (Connection connection = connect()) {
      for (String table : tables(connection)) {
        try (var statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted(table))) {
          int columns = rows.getMetaData().getColumnCount();
          long row = 0;
          while (rows.next()) {
            row++;
            for (int i = 1; i <= columns; i++) {
              String value = rows.getString(i);
              if (value != null) {
                cells.add(new Cell(table, row, rows.getMetaData().getColumnLabel(i), value));
              }
            }
          }
        }
      }
    }
    return cells;
  }

  /** The cells whose text contains the given text, e.g. a card number that must not be stored. */
  public static List<Cell> cellsContaining(String text) throws SQLException {
    return dump().stream().filter(cell -> cell.value().contains(text)).toList();
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        connection
            .getMetaData()
            .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  private static String quoted(String table) {
    return "`" + table.replace("`", "``") + "`";
  }
}
