package net.genvoice.communication.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.SuppressionReason;

/**
 * P12: a campaign's audience, computed set-based by the database in one statement over the customer
 * table joined to the channel's consent and lists. A customer is held back for the first reason
 * that applies, in this order:
 *
 * <ol>
 *   <li>the channel's consent, from the customer's latest consent event for its purpose (joined as
 *       the event no later event of the same purpose follows); an opt-out purpose with no event
 *       counts as granted, an opt-in purpose as not given;
 *   <li>telemarketing: GenVoice's own do-not-call list (entries not yet expired), then the national
 *       registry;
 *   <li>direct mail: the direct-mail suppressions of the customer's postal address.
 * </ol>
 *
 * Each rule is written once, as a {@link Rule} with the SQL condition that holds a customer back;
 * the statements with the reason per customer ({@link #everyone}) and the audience alone ({@link
 * #audience}, the rules' negations in the WHERE clause so the database skips the later joins of a
 * customer already held back) are both built from them. The same SQL, narrowed to one customer, is
 * the check made when each message is sent. Plain JDBC statements (SQL and positional parameters)
 * that H2 (MODE=MySQL) and MySQL/MariaDB share, so the benchmark in {@code bench/audience} runs
 * exactly these.
 */
public final class AudienceQuery {

  /** One SQL statement and its positional parameters, in order. */
  public record Statement(String sql, List<Object> parameters) {}

  /** A reason to hold a customer back: the SQL condition that is true when it applies. */
  record Rule(SuppressionReason reason, String holdsBack, String letsThrough) {}

  private static final String LATEST_CONSENT =
      " LEFT JOIN consent_event e ON e.subject_id = c.id AND e.purpose = '%s'"
          + " LEFT JOIN consent_event l ON l.subject_id = e.subject_id AND l.purpose = e.purpose"
          + " AND l.seq_no > e.seq_no";

  private AudienceQuery() {}

  /** {@code customer_id, reason} of every active customer; reason NULL for the audience. */
  public static Statement everyone(Channel channel, Instant now) {
    List<Object> parameters = new ArrayList<>();
    String reason =
        rules(channel).stream()
            .map(rule -> " WHEN " + rule.holdsBack() + " THEN '" + rule.reason().code() + "'")
            .collect(Collectors.joining("", "CASE", " END"));
    String sql =
        "SELECT c.id AS customer_id, "
            + reason
            + " AS reason FROM customer c"
            + joins(channel, now, parameters)
            + " WHERE c.status = 'ACTIVE' AND l.id IS NULL";
    return new Statement(sql, parameters);
  }

  /** The audience alone: {@code customer_id} of every customer a campaign would reach now. */
  public static Statement audience(Channel channel, Instant now) {
    List<Object> parameters = new ArrayList<>();
    String passes =
        rules(channel).stream()
            .map(rule -> " AND " + rule.letsThrough())
            .collect(Collectors.joining());
    String sql =
        "SELECT c.id AS customer_id FROM customer c"
            + joins(channel, now, parameters)
            + " WHERE c.status = 'ACTIVE' AND l.id IS NULL"
            + passes;
    return new Statement(sql, parameters);
  }

  /**
   * {@code reason, customers}: the audience (reason NULL) and each reason's count, one row each.
   */
  public static Statement countsByReason(Channel channel, Instant now) {
    Statement everyone = everyone(channel, now);
    return new Statement(
        "SELECT a.reason, COUNT(*) AS customers FROM (" + everyone.sql() + ") a GROUP BY a.reason",
        everyone.parameters());
  }

  /**
   * The reason one customer is held back now, NULL when they may be reached; no row if inactive.
   */
  public static Statement reasonFor(Channel channel, Instant now, String customerId) {
    Statement everyone = everyone(channel, now);
    List<Object> parameters = new ArrayList<>(everyone.parameters());
    parameters.add(customerId);
    return new Statement(everyone.sql() + " AND c.id = ?", parameters);
  }

  /**
   * Writes a campaign's messages in one statement: pending for the audience, suppressed with the
   * reason for every other active customer (P12: every message held back is logged too).
   */
  public static Statement insertMessages(
      String campaignId, Channel channel, String subject, Instant now) {
    Timestamp at = Timestamp.from(now);
    List<Object> parameters = new ArrayList<>(List.of(campaignId, subject, at, at));
    Statement everyone = everyone(channel, now);
    parameters.addAll(everyone.parameters());
    String sql =
        "INSERT INTO customer_message (id, customer_id, campaign_id, message_type, channel,"
            + " subject, status, reason, created_at, decided_at)"
            + " SELECT UUID(), a.customer_id, ?, 'MARKETING', '"
            + channel.name()
            + "', ?, CASE WHEN a.reason IS NULL THEN 'PENDING' ELSE 'SUPPRESSED' END, a.reason, ?,"
            + " CASE WHEN a.reason IS NULL THEN NULL ELSE ? END FROM ("
            + everyone.sql()
            + ") a";
    return new Statement(sql, parameters);
  }

  /**
   * The joins of a channel, each to at most one row per customer (the lists are unique on the
   * number or the address key), the cheap lookups of the lists before the consent, so that the
   * audience statement looks up the consent only of customers no list holds back. Only enum names
   * and codes are written into the text; the one value from outside, the time, is a parameter.
   */
  private static String joins(Channel channel, Instant now, List<Object> parameters) {
    String consent = String.format(LATEST_CONSENT, channel.purpose().name());
    return switch (channel) {
      case TELEMARKETING -> {
        parameters.add(Timestamp.from(now));
        yield " LEFT JOIN national_registry_number n ON n.phone = c.phone"
            + " LEFT JOIN do_not_call_entry d ON d.phone = c.phone AND d.expires_at > ?"
            + consent;
      }
      case DIRECT_MAIL ->
          " LEFT JOIN direct_mail_suppression s ON s.address_key = "
              + PostalKeys.OF_CUSTOMER
              + consent;
      case EMAIL -> consent;
    };
  }

  /** The rules of a channel, in the order a customer is checked against them. */
  static List<Rule> rules(Channel channel) {
    List<Rule> rules = new ArrayList<>();
    rules.add(
        new Rule(
            SuppressionReason.CONSENT_WITHDRAWN,
            "e.granted = FALSE",
            "(e.id IS NULL OR e.granted = TRUE)"));
    if (!channel.purpose().isOptOut()) {
      rules.add(new Rule(SuppressionReason.CONSENT_NOT_GIVEN, "e.id IS NULL", "e.id IS NOT NULL"));
    }
    switch (channel) {
      case TELEMARKETING -> {
        rules.add(new Rule(SuppressionReason.DO_NOT_CALL, "d.id IS NOT NULL", "d.id IS NULL"));
        rules.add(
            new Rule(
                SuppressionReason.NATIONAL_REGISTRY, "n.phone IS NOT NULL", "n.phone IS NULL"));
      }
      case DIRECT_MAIL ->
          rules.add(
              new Rule(
                  SuppressionReason.DIRECT_MAIL_SUPPRESSION, "s.id IS NOT NULL", "s.id IS NULL"));
      case EMAIL -> {}
    }
    return rules;
  }
}
