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
 *   <li>the channel's consent, the state of the customer's latest consent event for its purpose; an
 *       opt-out purpose with no event counts as granted, an opt-in purpose as not given;
 *   <li>telemarketing: GenVoice's own do-not-call list (entries not yet expired), then the national
 *       registry;
 *   <li>direct mail: the direct-mail suppressions of the customer's postal address.
 * </ol>
 *
 * <p>Each statement reads one of two {@link Source sources} of the same facts. The audience, the
 * preview and the campaign's messages read the {@link Source#DERIVED derived tables} (issue 3: one
 * primary-key lookup per customer for the consent, one for both telephone lists); the check made
 * when each message is sent ({@link #reasonFor}) reads the {@link Source#RECORDS records} (the
 * consent history and the lists themselves), so a message never goes out on the derived tables'
 * word alone. The two agree by construction, and CampaignsIT and the benchmark prove it.
 *
 * <p>Each rule is written once per source, as a {@link Rule} with the SQL condition that holds a
 * customer back and its negation; the statements with the reason per customer ({@link #everyone})
 * and the audience alone ({@link #audience}, the negations in the WHERE clause) are both built from
 * them. Plain JDBC statements (SQL and positional parameters) that H2 (MODE=MySQL) and
 * MySQL/MariaDB share, so the benchmark in {@code bench/audience} runs exactly these.
 */
public final class AudienceQuery {

  /** One SQL statement and its positional parameters, in order. */
  public record Statement(String sql, List<Object> parameters) {}

  /** Where a statement reads the consent and the telephone lists. */
  public enum Source {
    /**
     * {@code consent_state} and {@code phone_suppression}, kept in step with the records in the
     * transactions that write them (consent.control.ConsentStateRows, PhoneSuppressionRows).
     */
    DERIVED,
    /** The consent history ({@code consent_event}) and the lists themselves. */
    RECORDS
  }

  /**
   * A reason to hold a customer back: the SQL condition that is true when it applies, its negation,
   * and the parameters each of them takes (the same for both).
   */
  record Rule(
      SuppressionReason reason, String holdsBack, String letsThrough, List<Object> parameters) {
    Rule(SuppressionReason reason, String holdsBack, String letsThrough) {
      this(reason, holdsBack, letsThrough, List.of());
    }
  }

  private static final String LATEST_CONSENT =
      " LEFT JOIN consent_event e ON e.subject_id = c.id AND e.purpose = '%s'"
          + " LEFT JOIN consent_event l ON l.subject_id = e.subject_id AND l.purpose = e.purpose"
          + " AND l.seq_no > e.seq_no";

  private static final String CONSENT_STATE =
      " LEFT JOIN consent_state e ON e.subject_id = c.id AND e.purpose = '%s'";

  private AudienceQuery() {}

  /** {@code customer_id, reason} of every active customer; reason NULL for the audience. */
  public static Statement everyone(Channel channel, Instant now) {
    return everyone(channel, now, Source.DERIVED);
  }

  /** {@link #everyone(Channel, Instant)}, read from the given source. */
  public static Statement everyone(Channel channel, Instant now, Source source) {
    List<Rule> rules = rules(channel, now, source);
    List<Object> parameters = new ArrayList<>();
    rules.forEach(rule -> parameters.addAll(rule.parameters()));
    String reason =
        rules.stream()
            .map(rule -> " WHEN " + rule.holdsBack() + " THEN '" + rule.reason().code() + "'")
            .collect(Collectors.joining("", "CASE", " END"));
    String sql =
        "SELECT c.id AS customer_id, "
            + reason
            + " AS reason FROM customer c"
            + joins(channel, now, source, parameters)
            + " WHERE c.status = 'ACTIVE'"
            + latestOnly(source);
    return new Statement(sql, parameters);
  }

  /** The audience alone: {@code customer_id} of every customer a campaign would reach now. */
  public static Statement audience(Channel channel, Instant now) {
    return audience(channel, now, Source.DERIVED);
  }

  /** {@link #audience(Channel, Instant)}, read from the given source. */
  public static Statement audience(Channel channel, Instant now, Source source) {
    List<Object> parameters = new ArrayList<>();
    String joins = joins(channel, now, source, parameters);
    List<Rule> rules = rules(channel, now, source);
    rules.forEach(rule -> parameters.addAll(rule.parameters()));
    String passes =
        rules.stream().map(rule -> " AND " + rule.letsThrough()).collect(Collectors.joining());
    String sql =
        "SELECT c.id AS customer_id FROM customer c"
            + joins
            + " WHERE c.status = 'ACTIVE'"
            + latestOnly(source)
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
   * Read from the records: this is the check made when a message is sent.
   */
  public static Statement reasonFor(Channel channel, Instant now, String customerId) {
    Statement everyone = everyone(channel, now, Source.RECORDS);
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
   * number or the address key; of the history only the latest event is kept, by {@link
   * #latestOnly}), the cheap lookups of the lists before the consent. Only enum names and codes are
   * written into the text; the one value from outside, the time, is a parameter.
   */
  private static String joins(
      Channel channel, Instant now, Source source, List<Object> parameters) {
    String consent =
        String.format(
            source == Source.DERIVED ? CONSENT_STATE : LATEST_CONSENT, channel.purpose().name());
    return switch (channel) {
      case TELEMARKETING -> {
        if (source == Source.DERIVED) {
          yield " LEFT JOIN phone_suppression p ON p.phone = c.phone" + consent;
        }
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

  /** The history's events are joined with any later one of the purpose: only the latest stays. */
  private static String latestOnly(Source source) {
    return source == Source.RECORDS ? " AND l.id IS NULL" : "";
  }

  /** The rules of a channel, in the order a customer is checked against them. */
  static List<Rule> rules(Channel channel, Instant now, Source source) {
    // the consent's row: a consent_state row (keyed by subject) or the latest consent_event
    String none = source == Source.DERIVED ? "e.subject_id IS NULL" : "e.id IS NULL";
    String some = source == Source.DERIVED ? "e.subject_id IS NOT NULL" : "e.id IS NOT NULL";
    List<Rule> rules = new ArrayList<>();
    rules.add(
        new Rule(
            SuppressionReason.CONSENT_WITHDRAWN,
            "e.granted = FALSE",
            "(" + none + " OR e.granted = TRUE)"));
    if (!channel.purpose().isOptOut()) {
      rules.add(new Rule(SuppressionReason.CONSENT_NOT_GIVEN, none, some));
    }
    switch (channel) {
      case TELEMARKETING -> rules.addAll(telephoneRules(now, source));
      case DIRECT_MAIL ->
          rules.add(
              new Rule(
                  SuppressionReason.DIRECT_MAIL_SUPPRESSION, "s.id IS NOT NULL", "s.id IS NULL"));
      case EMAIL -> {}
    }
    return rules;
  }

  /**
   * Do-not-call, then the registry. The derived table keeps an own-list entry's expiry (compared
   * here with the time, as the list's join does) and the registry flag in one row per number.
   */
  private static List<Rule> telephoneRules(Instant now, Source source) {
    if (source == Source.RECORDS) {
      return List.of(
          new Rule(SuppressionReason.DO_NOT_CALL, "d.id IS NOT NULL", "d.id IS NULL"),
          new Rule(SuppressionReason.NATIONAL_REGISTRY, "n.phone IS NOT NULL", "n.phone IS NULL"));
    }
    return List.of(
        new Rule(
            SuppressionReason.DO_NOT_CALL,
            "p.do_not_call_until > ?",
            "(p.do_not_call_until IS NULL OR p.do_not_call_until <= ?)",
            List.of(Timestamp.from(now))),
        new Rule(
            SuppressionReason.NATIONAL_REGISTRY,
            "p.in_national_registry = TRUE",
            "(p.in_national_registry IS NULL OR p.in_national_registry = FALSE)"));
  }
}
