package net.genvoice.communication.boundary;

import static net.genvoice.communication.boundary.MarketingCustomers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.genvoice.communication.control.PhoneSuppressionRows;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P12: the internal do-not-call list: E.164 only (anything else refused, nothing written), kept
 * five years from the latest request, then purged.
 */
@ExtendWith(ArquillianExtension.class)
class DoNotCallEntriesIT {

  private static final String STAFF = "staff-marketing-2";
  private static final String ROW_OF = "SELECT * FROM do_not_call_entry WHERE phone = ?";
  private static final String DERIVED_OF = "SELECT * FROM phone_suppression WHERE phone = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "do-not-call-it", SignUps.class, DatabaseRows.class, MarketingCustomers.class);
  }

  @EJB DoNotCallEntries doNotCall;
  @EJB Database database;

  DatabaseRows db;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
  }

  @Test
  void aNumberIsKeptFiveYearsFromTheLatestRequest() {
    String phone = uniquePhone();

    DoNotCallEntryView added =
        doNotCall.add(STAFF, new DoNotCallCommand(" " + phone + " ", "by phone"));
    DoNotCallEntryView renewed = doNotCall.add(STAFF, new DoNotCallCommand(phone, null));

    assertEquals(phone, added.phone());
    assertFalse(added.renewed());
    assertTrue(renewed.renewed());
    assertEquals(added.id(), renewed.id());
    assertEquals("by phone", renewed.note());
    assertEquals(
        added.requestedAt().atOffset(ZoneOffset.UTC).plusYears(5).toInstant(), added.expiresAt());
    assertEquals(1, db.count("SELECT COUNT(*) FROM do_not_call_entry WHERE phone = ?", phone));
    assertEquals(STAFF, db.single(ROW_OF, phone).get("added_by"));
    Map<String, Object> derived = db.single(DERIVED_OF, phone);
    assertEquals(
        db.single(ROW_OF, phone).get("expires_at"),
        derived.get("do_not_call_until"),
        "issue 3: the renewed expiry, in the same transaction");
    assertEquals(Boolean.FALSE, derived.get("in_national_registry"));
    assertEquals(
        List.of(phone),
        doNotCall.entries(phone.substring(2)).stream().map(DoNotCallEntryView::phone).toList());
  }

  @Test
  void aNumberThatIsNotE164IsRefusedAndNothingIsWritten() {
    long before = db.countAll("do_not_call_entry");
    for (String bad :
        List.of("415 555 0100", "+1 415 555 0100", "004915112345678", "+0123456", "call me")) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> doNotCall.add(STAFF, new DoNotCallCommand(bad, null)));
      assertTrue(refused.fieldErrors().get("phone").contains("E.164"), bad);
    }
    assertEquals(before, db.countAll("do_not_call_entry"), "nothing written");
    assertEquals(0, db.count(PhoneSuppressionRows.DISAGREEMENTS), "nor a derived row");
  }

  @Test
  void anEntryCanBeRemovedAndAnUnknownOneIsNotFound() {
    String phone = uniquePhone();
    DoNotCallEntryView added = doNotCall.add(STAFF, new DoNotCallCommand(phone, null));

    doNotCall.remove(STAFF, added.id());

    assertEquals(0, db.count("SELECT COUNT(*) FROM do_not_call_entry WHERE phone = ?", phone));
    assertEquals(0, db.count(DERIVED_OF.replace("*", "COUNT(*)"), phone), "its derived row too");
    BusinessException unknown =
        assertThrows(BusinessException.class, () -> doNotCall.remove(STAFF, added.id()));
    assertEquals("not-found", unknown.code());
  }

  @Test
  void thePurgeDeletesEntriesOlderThanFiveYearsAndNothingElse() {
    String old = uniquePhone();
    String recent = uniquePhone();
    doNotCall.add(STAFF, new DoNotCallCommand(old, null));
    doNotCall.add(STAFF, new DoNotCallCommand(recent, null));
    Instant sixYearsAgo = Instant.now().atOffset(ZoneOffset.UTC).minusYears(6).toInstant();
    db.update(
        "UPDATE do_not_call_entry SET requested_at = ?, expires_at = ? WHERE phone = ?",
        Timestamp.from(sixYearsAgo),
        Timestamp.from(sixYearsAgo.atOffset(ZoneOffset.UTC).plusYears(5).toInstant()),
        old);
    assertTrue(doNotCall.entries(old).isEmpty(), "an expired entry no longer holds, even unpurged");

    int purged = doNotCall.purgeExpired();

    assertTrue(purged >= 1);
    assertEquals(0, db.count("SELECT COUNT(*) FROM do_not_call_entry WHERE phone = ?", old));
    assertEquals(1, db.count("SELECT COUNT(*) FROM do_not_call_entry WHERE phone = ?", recent));
    assertTrue(
        db.count(
                "SELECT COUNT(*) FROM do_not_call_entry WHERE expires_at <= ?",
                Timestamp.from(Instant.now().plus(1, ChronoUnit.SECONDS)))
            == 0);
    assertEquals(0, db.count(DERIVED_OF.replace("*", "COUNT(*)"), old));
    assertEquals(1, db.count(DERIVED_OF.replace("*", "COUNT(*)"), recent));
    assertEquals(
        0, db.count(PhoneSuppressionRows.DISAGREEMENTS), "the table is what the lists say");
  }
}
