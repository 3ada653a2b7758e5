package net.genvoice.bench.audience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.genvoice.communication.control.AudienceQuery;
import net.genvoice.communication.control.PhoneSuppressionRows;
import net.genvoice.communication.entity.Channel;
import net.genvoice.consent.control.ConsentStateRows;
import org.flywaydb.core.Flyway;

/**
 * Times the campaign audience (the statement {@link AudienceQuery} builds for the application)
 * against a plain SELECT of the same audience, on MariaDB. First it proves, for every channel, that
 * the audience read from the derived tables ({@code consent_state}, {@code phone_suppression}) is
 * the one read from the consent history and the lists, reason for reason; the statement the
 * application ran before (the records) is timed alongside, for comparison. For each channel the audience is
 * materialised once into {@code bench_audience}; the plain SELECT then reads exactly the same
 * customers from the customer table by id, so both return the same rows. Each statement is run
 * alternately, {@code runs} times after {@code warmups}, reading every row over JDBC; the medians
 * are compared.
 *
 * <p>Arguments: [jdbc url of a server, without database] [customers] [runs] [warmups].
 */
public final class AudienceBenchmark {

  private static final String DATABASE = "genvoice_bench_audience";

  private AudienceBenchmark() {}

  public static void main(String[] args) throws Exception {
    String server = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/";
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    String url = server + DATABASE + "?createDatabaseIfNotExist=true";
    try (Connection admin = DriverManager.getConnection(server, "root", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }
    Flyway.configure()
        .dataSource(url, "root", "")
        .locations("filesystem:" + migrations())
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, "root", "")) {
      long seeding = System.nanoTime();
      Seed.all(connection, customers);
      System.out.printf(
          Locale.ROOT, "seeded %,d customers in %.1f s%n", customers, (System.nanoTime() - seeding) / 1e9);
      for (Channel channel : Channel.values()) {
        compare(connection, channel, runs, warmups);
      }
    }
  }

  private static void compare(Connection connection, Channel channel, int runs, int warmups)
      throws SQLException {
    Instant now = Instant.now();
    AudienceQuery.Statement audience = AudienceQuery.audience(channel, now);
    AudienceQuery.Statement fromRecords =
        AudienceQuery.audience(channel, now, AudienceQuery.Source.RECORDS);
    sameAnswers(connection, channel, now);
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS bench_audience");
      statement.execute("CREATE TABLE bench_audience (customer_id CHAR(36) NOT NULL PRIMARY KEY)");
    }
    try (PreparedStatement materialise =
        connection.prepareStatement("INSERT INTO bench_audience " + audience.sql())) {
      bind(materialise, audience.parameters());
      materialise.executeUpdate();
    }
    AudienceQuery.Statement plain =
        new AudienceQuery.Statement(
            "SELECT c.id FROM customer c WHERE c.id IN (SELECT a.customer_id FROM bench_audience a)",
            List.of());
    long[] audienceNanos = new long[runs];
    long[] plainNanos = new long[runs];
    long[] recordsNanos = new long[runs];
    for (int i = -warmups; i < runs; i++) {
      long a = time(connection, audience);
      long p = time(connection, plain);
      long r = time(connection, fromRecords);
      if (i >= 0) {
        audienceNanos[i] = a;
        plainNanos[i] = p;
        recordsNanos[i] = r;
      }
    }
    int rows = count(connection, audience);
    if (rows != count(connection, plain)) {
      throw new IllegalStateException("the plain SELECT does not return the same audience");
    }
    long preview = median(times(connection, AudienceQuery.countsByReason(channel, Instant.now()), runs / 3 + 1));
    double ratio = (double) median(audienceNanos) / median(plainNanos);
    System.out.printf(
        Locale.ROOT,
        "%-14s audience %,7d rows | audience query median %7.1f ms (min %6.1f, max %6.1f)"
            + " | plain SELECT median %7.1f ms (min %6.1f, max %6.1f) | ratio %.2f"
            + " | preview (counts by reason) median %7.1f ms"
            + " | audience read from the records median %7.1f ms (ratio %.2f)%n",
        channel.code(),
        rows,
        median(audienceNanos) / 1e6,
        Arrays.stream(audienceNanos).min().orElseThrow() / 1e6,
        Arrays.stream(audienceNanos).max().orElseThrow() / 1e6,
        median(plainNanos) / 1e6,
        Arrays.stream(plainNanos).min().orElseThrow() / 1e6,
        Arrays.stream(plainNanos).max().orElseThrow() / 1e6,
        ratio,
        preview / 1e6,
        median(recordsNanos) / 1e6,
        (double) median(recordsNanos) / median(plainNanos));
  }

  /**
   * Fails unless the derived tables give every active customer the same reason (or none) as the
   * consent history and the lists, and are exactly what the records derive.
   */
  private static void sameAnswers(Connection connection, Channel channel, Instant now)
      throws SQLException {
    Map<String, String> derived = reasons(connection, AudienceQuery.everyone(channel, now));
    Map<String, String> records =
        reasons(connection, AudienceQuery.everyone(channel, now, AudienceQuery.Source.RECORDS));
    if (!derived.equals(records)) {
      throw new IllegalStateException(
          channel.code() + ": the derived tables and the records disagree on some customers");
    }
    Set<String> audience = ids(connection, AudienceQuery.audience(channel, now));
    Set<String> fromRecords =
        ids(connection, AudienceQuery.audience(channel, now, AudienceQuery.Source.RECORDS));
    Set<String> withoutReason = new HashSet<>();
    derived.forEach((id, reason) -> {
      if (reason == null) {
        withoutReason.add(id);
      }
    });
    if (!audience.equals(fromRecords) || !audience.equals(withoutReason)) {
      throw new IllegalStateException(channel.code() + ": the audience statements disagree");
    }
    for (String disagreements :
        List.of(ConsentStateRows.DISAGREEMENTS, PhoneSuppressionRows.DISAGREEMENTS)) {
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(disagreements)) {
        result.next();
        if (result.getLong(1) != 0) {
          throw new IllegalStateException("a derived table disagrees with its records");
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-14s same %,d customers and reasons from the derived tables and from the records%n",
        channel.code(),
        derived.size());
  }

  private static Map<String, String> reasons(
      Connection connection, AudienceQuery.Statement statement) throws SQLException {
    Map<String, String> reasons = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
      bind(query, statement.parameters());
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          reasons.put(result.getString(1), result.getString(2));
        }
      }
    }
    return reasons;
  }

  private static Set<String> ids(Connection connection, AudienceQuery.Statement statement)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
      bind(query, statement.parameters());
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          ids.add(result.getString(1));
        }
      }
    }
    return ids;
  }

  private static long[] times(Connection connection, AudienceQuery.Statement statement, int runs)
      throws SQLException {
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      nanos[i] = time(connection, statement);
    }
    return nanos;
  }

  /** Runs the statement and reads every row, as the application does. */
  private static long time(Connection connection, AudienceQuery.Statement statement)
      throws SQLException {
    long start = System.nanoTime();
    count(connection, statement);
    return System.nanoTime() - start;
  }

  private static int count(Connection connection, AudienceQuery.Statement statement)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
      bind(query, statement.parameters());
      int rows = 0;
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          result.getString(1);
          rows++;
        }
      }
      return rows;
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String migrations() {
    return new java.io.File(
            System.getProperty("genvoice.migrations", "../../ejb-module/src/main/resources/db/migration"))
        .getAbsolutePath();
  }
}
