package net.genvoice.bench.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import net.genvoice.communication.control.PhoneSuppressionRows;
import net.genvoice.communication.control.PostalKeys;
import net.genvoice.consent.control.ConsentStateRows;

/**
 * Seeds the benchmark database through SQL alone (no Java loop over customers): 100,000 customers
 * (2% closed), telemarketing, direct-mail and email consent histories of one or two events, 10,000
 * do-not-call entries (half of them customers', one in ten of those expired), a national registry of
 * 50,000 numbers (10,000 of them customers') and 2,000 direct-mail suppressions; then the derived
 * tables from those records, by the application's own statements.
 */
final class Seed {

  private static final String EVENT =
      "INSERT INTO consent_event (id, subject_id, seq_no, purpose, granted, channel, text_shown,"
          + " text_version, recorded_at) SELECT UUID(), c.id, %d, '%s', %s, 'WEB', 'bench text',"
          + " '2026-11-01', NOW(6) FROM bench_customer c WHERE %s";

  private Seed() {}

  static void all(Connection connection, int customers) throws SQLException {
    List<String> statements =
        List.of(
            "CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY)",
            "INSERT INTO bench_digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)",
            "CREATE TABLE bench_n (n INT NOT NULL PRIMARY KEY)",
            "INSERT INTO bench_n SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d"
                + " + 100000 * f.d FROM bench_digit a, bench_digit b, bench_digit c,"
                + " bench_digit d, bench_digit e, bench_digit f",
            "INSERT INTO customer (id, name, email, phone, password_hash, address_line1,"
                + " address_city, address_region, address_postal_code, address_country, status,"
                + " created_at, version) SELECT UUID(), CONCAT('Customer ', n),"
                + " CONCAT('c', n, '@bench.example'), CONCAT('+1415', LPAD(n, 7, '0')),"
                + " 'not-a-hash', CONCAT(n, ' Bench Street'), 'Springfield', 'IL',"
                + " LPAD(n % 100000, 5, '0'), 'US', CASE WHEN n % 50 = 0 THEN 'CLOSED' ELSE"
                + " 'ACTIVE' END, TIMESTAMPADD(SECOND, n, '2025-01-01 00:00:00'), 0 FROM bench_n"
                + " WHERE n < "
                + customers,
            "CREATE TABLE bench_customer (n INT NOT NULL PRIMARY KEY, id CHAR(36) NOT NULL)"
                + " SELECT CAST(SUBSTRING(phone, 6) AS UNSIGNED) AS n, id FROM customer",
            // telemarketing: withdrawn; granted then withdrawn; withdrawn then granted again
            String.format(EVENT, 1, "MARKETING_TELEMARKETING", "FALSE", "c.n % 10 = 1"),
            String.format(EVENT, 1, "MARKETING_TELEMARKETING", "TRUE", "c.n % 10 = 2"),
            String.format(EVENT, 2, "MARKETING_TELEMARKETING", "FALSE", "c.n % 10 = 2"),
            String.format(EVENT, 1, "MARKETING_TELEMARKETING", "FALSE", "c.n % 10 = 3"),
            String.format(EVENT, 2, "MARKETING_TELEMARKETING", "TRUE", "c.n % 10 = 3"),
            String.format(EVENT, 1, "MARKETING_DIRECT_MAIL", "FALSE", "c.n % 20 = 5"),
            String.format(EVENT, 1, "MARKETING_EMAIL", "TRUE", "c.n % 5 = 4"),
            "INSERT INTO do_not_call_entry (id, phone, requested_at, expires_at, added_by)"
                + " SELECT UUID(), CONCAT('+1415', LPAD(c.n, 7, '0')), NOW(6),"
                + " CASE WHEN c.n % 200 = 7 THEN TIMESTAMPADD(DAY, -1, NOW(6)) ELSE"
                + " TIMESTAMPADD(YEAR, 5, NOW(6)) END, 'bench' FROM bench_customer c"
                + " WHERE c.n % 20 = 7",
            "INSERT INTO do_not_call_entry (id, phone, requested_at, expires_at, added_by)"
                + " SELECT UUID(), CONCAT('+1999', LPAD(n, 7, '0')), NOW(6),"
                + " TIMESTAMPADD(YEAR, 5, NOW(6)), 'bench' FROM bench_n WHERE n < 5000",
            "INSERT INTO national_registry_number (phone) SELECT CONCAT('+1415', LPAD(c.n, 7,"
                + " '0')) FROM bench_customer c WHERE c.n % 10 = 8",
            "INSERT INTO national_registry_number (phone) SELECT CONCAT('+1888', LPAD(n, 7, '0'))"
                + " FROM bench_n WHERE n < 40000",
            "INSERT INTO national_registry_import (id, registry_date, imported_at, imported_by,"
                + " number_count, duplicate_count) SELECT UUID(), CURRENT_DATE, NOW(6), 'bench',"
                + " COUNT(*), 0 FROM national_registry_number",
            "INSERT INTO direct_mail_suppression (id, address_key, reason, created_at)"
                + " SELECT UUID(), "
                + PostalKeys.OF_CUSTOMER
                + ", 'REQUESTED', NOW(6) FROM customer c JOIN bench_customer b ON b.id = c.id"
                + " WHERE b.n % 50 = 11",
            // the derived tables, from the records just seeded, by the application's own statements
            ConsentStateRows.CLEAR,
            ConsentStateRows.DERIVE,
            PhoneSuppressionRows.CLEAR,
            PhoneSuppressionRows.DERIVE,
            "ANALYZE TABLE customer, consent_event, do_not_call_entry, national_registry_number,"
                + " direct_mail_suppression, consent_state, phone_suppression");
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
