package net.genvoice.disclosure.boundary;

import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_LAST4;
import static net.genvoice.disclosure.entity.DisclosableField.PAYMENT_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger's hash chain against the real schema: an entry edited, deleted or swapped with plain
 * JDBC is detected and named; parallel appends for one subject through the EJB never fork it.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  private static final String ENTRIES =
      "SELECT id, seq_no FROM disclosure_ledger_entry WHERE subject_id = ? ORDER BY seq_no";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("ledger-it", DatabaseRows.class, RegistryRows.class);
  }

  @EJB Disclosures disclosures;
  @EJB DisclosureLedger ledger;
  @EJB Database database;

  DatabaseRows db;
  String cardProvider;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    cardProvider =
        new RegistryRows(db)
            .register(
                "card",
                RecipientKind.PAYMENT_PROVIDER,
                Map.of(Purpose.VERIFY_PAYMENT_METHOD, Set.of(PAYMENT_TOKEN, PAYMENT_LAST4)));
  }

  @Test
  void anEditedEntryIsNamed() {
    String subject = subjectWithEntries(4);
    String second = idAt(subject, 2);
    assertTrue(ledger.verify(subject).intact());

    db.update(
        "UPDATE disclosure_ledger_entry SET field_names = ? WHERE id = ?",
        "paymentMethod.token,paymentMethod.last4",
        second);

    LedgerVerificationView verification = ledger.verify(subject);
    assertFalse(verification.intact());
    assertEquals(2L, verification.firstBadSequence());
    assertEquals(second, verification.firstBadEntryId());
    assertTrue(verification.problem().contains("hash"), verification.problem());
  }

  @Test
  void anEditedRecipientOrTimeIsNamedToo() {
    String subject = subjectWithEntries(3);
    db.update(
        "UPDATE disclosure_ledger_entry SET recorded_at_micros = recorded_at_micros + 1"
            + " WHERE id = ?",
        idAt(subject, 3));
    assertEquals(3L, ledger.verify(subject).firstBadSequence());

    String other = subjectWithEntries(3);
    db.update(
        "UPDATE disclosure_ledger_entry SET recipient_id = 'someone-else' WHERE id = ?",
        idAt(other, 1));
    assertEquals(idAt(other, 1), ledger.verify(other).firstBadEntryId());
  }

  @Test
  void aDeletedEntryIsNamedByItsPlace() {
    String subject = subjectWithEntries(4);
    db.update("DELETE FROM disclosure_ledger_entry WHERE id = ?", idAt(subject, 3));

    LedgerVerificationView verification = ledger.verify(subject);
    assertFalse(verification.intact());
    assertEquals(3L, verification.firstBadSequence());
    assertNull(verification.firstBadEntryId(), "the deleted entry is gone");
    assertTrue(verification.problem().contains("missing"), verification.problem());
  }

  @Test
  void aDeletedLastEntryIsNoticedThroughTheHead() {
    String subject = subjectWithEntries(3);
    db.update("DELETE FROM disclosure_ledger_entry WHERE id = ?", idAt(subject, 3));

    LedgerVerificationView verification = ledger.verify(subject);
    assertFalse(verification.intact());
    assertEquals(3L, verification.firstBadSequence());
  }

  @Test
  void twoSwappedEntriesAreNamedAtTheFirstPlace() {
    String subject = subjectWithEntries(4);
    String second = idAt(subject, 2);
    String third = idAt(subject, 3);

    db.update("UPDATE disclosure_ledger_entry SET seq_no = -1 WHERE id = ?", second);
    db.update("UPDATE disclosure_ledger_entry SET seq_no = 2 WHERE id = ?", third);
    db.update("UPDATE disclosure_ledger_entry SET seq_no = 3 WHERE id = ?", second);

    LedgerVerificationView verification = ledger.verify(subject);
    assertFalse(verification.intact());
    assertEquals(2L, verification.firstBadSequence());
    assertEquals(third, verification.firstBadEntryId(), "the entry now in second place");
  }

  @Test
  void parallelAppendsForOneSubjectNeverForkTheChain() throws Exception {
    String subject = UUID.randomUUID().toString(); // a fresh subject: the head's creation races too
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        Callable<List<String>> worker =
            () -> {
              start.await();
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                ids.add(
                    disclosures
                        .authorize(verify(subject, cardProvider, Set.of(PAYMENT_TOKEN), null))
                        .releaseId());
              }
              return ids;
            };
        results.add(pool.submit(worker));
      }
      start.countDown();
      List<String> released = new ArrayList<>();
      for (Future<List<String>> result : results) {
        released.addAll(result.get(5, TimeUnit.MINUTES));
      }
      assertEquals(threads * perThread, released.size());
    } finally {
      pool.shutdownNow();
    }

    int total = threads * perThread;
    List<Long> sequences =
        db.query(ENTRIES, subject).stream()
            .map(row -> ((Number) row.get("seq_no")).longValue())
            .toList();
    assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), sequences, "1..N, no gap");
    assertEquals(
        total,
        db.count(
            "SELECT COUNT(DISTINCT previous_hash) FROM disclosure_ledger_entry"
                + " WHERE subject_id = ?",
            subject),
        "no fork: no two entries follow the same one");
    assertEquals(
        (long) total,
        ((Number)
                db.single("SELECT last_seq FROM ledger_head WHERE subject_id = ?", subject)
                    .get("last_seq"))
            .longValue());
    LedgerVerificationView verification = ledger.verify(subject);
    assertTrue(verification.intact(), verification.toString());
    assertEquals(total, verification.entries());
  }

  private String subjectWithEntries(int count) {
    String subject = UUID.randomUUID().toString();
    for (int i = 0; i < count; i++) {
      disclosures.authorize(verify(subject, cardProvider, Set.of(PAYMENT_TOKEN), "req-" + i));
    }
    assertTrue(ledger.verify(subject).intact());
    return subject;
  }

  private ReleaseCommand verify(
      String subject, String recipient, Set<DisclosableField> fields, String requestId) {
    return new ReleaseCommand(
        subject,
        recipient,
        Purpose.VERIFY_PAYMENT_METHOD,
        LegalBasis.SERVICE_NECESSITY,
        fields,
        null,
        null,
        requestId);
  }

  private String idAt(String subject, long sequence) {
    return (String)
        db.single(
                "SELECT id FROM disclosure_ledger_entry WHERE subject_id = ? AND seq_no = ?",
                subject,
                sequence)
            .get("id");
  }
}
