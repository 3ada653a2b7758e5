package net.genvoice.usage.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieConsentChanged;
import net.genvoice.platform.persistence.Database;

/**
 * P04: writes usage events in batches with one JDBC batch insert, and unlinks them from a person
 * when the consent that linked them is withdrawn (P06).
 */
@Stateless
public class UsageEvents {

  static final String INSERT =
      "INSERT INTO usage_event (id, occurred_at, week_start, feature, ip_address, device_id,"
          + " visitor_id, session_ref, browser, device_type, customer_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  /** Writes the rows in one batch, in one transaction: all of them or none. */
  public int write(List<UsageRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (UsageRow row : rows) {
        insert.setString(1, row.id());
        insert.setTimestamp(2, Timestamp.from(row.occurredAt()));
        insert.setDate(3, Date.valueOf(row.weekStart()));
        insert.setString(4, row.feature());
        insert.setString(5, row.ipAddress());
        insert.setString(6, row.deviceId());
        insert.setString(7, row.visitorId());
        insert.setString(8, row.sessionRef());
        insert.setString(9, row.browser());
        insert.setString(10, row.deviceType());
        insert.setString(11, row.customerId());
        insert.addBatch();
      }
      insert.executeBatch();
      return rows.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write " + rows.size() + " usage events", e);
    }
  }

  /** P06: the events an analytics cookie linked keep no trace of it once it is refused. */
  public int forgetVisitor(String visitorId) {
    if (visitorId == null || visitorId.isBlank()) {
      return 0;
    }
    return em.createQuery("update UsageEvent e set e.visitorId = null where e.visitorId = :visitor")
        .setParameter("visitor", visitorId)
        .executeUpdate();
  }

  /** P06: withdrawn personalisation consent: no event names the customer any more. */
  public int forgetCustomer(String customerId) {
    return em.createQuery(
            "update UsageEvent e set e.customerId = null where e.customerId = :customer")
        .setParameter("customer", customerId)
        .executeUpdate();
  }

  /** Follows a withdrawal of personalisation consent inside the transaction that recorded it. */
  public void onCookieConsentChanged(@Observes CookieConsentChanged change) {
    if (!change.granted() && change.category() == CookieCategory.PERSONALISATION) {
      forgetCustomer(change.customerId());
    }
  }
}
