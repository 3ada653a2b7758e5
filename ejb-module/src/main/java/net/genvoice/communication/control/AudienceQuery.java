package net.genvoice.communication.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.SuppressionReason;

/**
 * P12: a campaign's audience, computed set-based by the database in one statement: every active
 * customer with the reason they are held back, or none when they are in the audience. The reason is
 * the first that applies, in this order:
 *
 * <ol>
 *   <li>the channel's consent, from the customer's latest consent event for its purpose (an opt-out
 *       purpose with no event counts as granted, an opt-in purpose as not given);
 *   <li>telemarketing: GenVoice's own do-not-call list (entries not yet expired), then the national
 *       registry;
 *   <li>direct mail: the direct-mail suppressions of the customer's postal address.
 * </ol>
 *
 * The same SQL, narrowed to one customer, is the check made when each message is sent. Plain JDBC
 * statements (SQL and positional parameters) that H2 (MODE=MySQL) and MySQL/MariaDB share, so the
 * benchmark in {@code bench/audience} runs exactly these.
 */
public final class AudienceQuery {

  /** One SQL statement and its positional parameters, in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private static final int GRANTED = 1;
  private static final int WITHDRAWN = 0;
  private static final int NOT_GIVEN = 2;

  private AudienceQuery() {}

  /** {@code customer_id, reason} of every active customer; reason NULL for the audience. */
  public static Statement everyone(Channel channel, Instant now) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT c.id AS customer_id, "
            + reason(channel, now, parameters)
            + " AS reason FROM customer c WHERE c.status = 'ACTIVE'";
    return new Statement(sql, parameters);
  }

  /** The audience alone: {@code customer_id} of every customer a campaign would reach now. */
  public static Statement audience(Channel channel, Instant now) {
    Statement everyone = everyone(channel, now);
    return new Statement(
        "SELECT a.customer_id FROM (" + everyone.sql() + ") a WHERE a.reason IS NULL",
        everyone.parameters());
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
   * The reason as one SQL expression over {@code customer c}. Only enum names and codes are written
   * into the text; the one value from outside, the time, is a parameter.
   */
  private static String reason(Channel channel, Instant now, List<Object> parameters) {
    String consent =
        "CASE COALESCE((SELECT CASE WHEN e.granted THEN "
            + GRANTED
            + " ELSE "
            + WITHDRAWN
            + " END FROM consent_event e WHERE e.subject_id = c.id AND e.purpose = '"
            + channel.purpose().name()
            + "' ORDER BY e.seq_no DESC LIMIT 1), "
            + (channel.purpose().isOptOut() ? GRANTED : NOT_GIVEN)
            + ") WHEN "
            + WITHDRAWN
            + " THEN '"
            + SuppressionReason.CONSENT_WITHDRAWN.code()
            + "' WHEN "
            + NOT_GIVEN
            + " THEN '"
            + SuppressionReason.CONSENT_NOT_GIVEN.code()
            + "'";
    String lists = lists(channel, now, parameters);
    return consent + (lists.isEmpty() ? "" : " ELSE " + lists) + " END";
  }

  private static String lists(Channel channel, Instant now, List<Object> parameters) {
    return switch (channel) {
      case TELEMARKETING -> {
        parameters.add(Timestamp.from(now));
        yield "CASE WHEN EXISTS (SELECT 1 FROM do_not_call_entry d WHERE d.phone = c.phone"
            + " AND d.expires_at > ?) THEN '"
            + SuppressionReason.DO_NOT_CALL.code()
            + "' WHEN EXISTS (SELECT 1 FROM national_registry_number n WHERE n.phone = c.phone)"
            + " THEN '"
            + SuppressionReason.NATIONAL_REGISTRY.code()
            + "' END";
      }
      case DIRECT_MAIL ->
          "CASE WHEN EXISTS (SELECT 1 FROM direct_mail_suppression s WHERE s.address_key = "
              + PostalKeys.OF_CUSTOMER
              + ") THEN '"
              + SuppressionReason.DIRECT_MAIL_SUPPRESSION.code()
              + "' END";
      case EMAIL -> "";
    };
  }
}
