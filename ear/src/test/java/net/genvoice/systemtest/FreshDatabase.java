package net.genvoice.systemtest;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and re-creates the system tests' MariaDB/MySQL database before the server starts, so that
 * every run begins from an empty schema that Flyway migrates, never from what an earlier run left
 * behind.
 *
 * <p>Run by the build (exec-maven-plugin) with the JDBC URL, user and password as arguments.
 */
public final class FreshDatabase {

  private FreshDatabase() {}

  public static void main(String[] args) throws SQLException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: FreshDatabase JDBC-URL USER [PASSWORD]");
    }
    URI uri = URI.create(args[0].substring("jdbc:".length()));
    String database = uri.getPath().substring(1);
    // a test database is named *_it, or *_it_<slice> for a slice's own (genvoice_it_consent)
    if (!database.matches("[A-Za-z0-9_]+_it(_[a-z0-9]+)?")) {
      throw new IllegalArgumentException(
          "refusing to drop a database not named *_it or *_it_<slice>: " + database);
    }
    String server = "jdbc:" + uri.getScheme() + "://" + uri.getAuthority() + "/";
    try (Connection connection =
            DriverManager.getConnection(server, args[1], args.length > 2 ? args[2] : "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    }
    System.out.println("[system tests] fresh database " + database);
  }
}
