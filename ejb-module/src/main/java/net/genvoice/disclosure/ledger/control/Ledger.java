package net.genvoice.disclosure.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.ledger.entity.LedgerFacts;
import net.genvoice.disclosure.ledger.entity.LedgerHead;

/**
 * Appends to a subject's chain in the caller's transaction. The subject's {@link LedgerHead} row is
 * locked (PESSIMISTIC_WRITE: SELECT ... FOR UPDATE) before the last sequence and hash are read, so
 * concurrent appends for one subject, from any thread or server instance sharing the database, take
 * turns and never fork the chain; the unique key (subject_id, seq_no) refuses a fork all the same.
 * The head is first looked for without a lock: a locking read of a missing row would take a gap
 * lock (InnoDB) that the head's own insert, in its own transaction, would then wait for.
 */
@ApplicationScoped
public class Ledger {

  @PersistenceContext EntityManager em;
  @Inject LedgerHeads heads;

  Clock clock = Clock.systemUTC();

  public LedgerEntry append(LedgerFacts facts) {
    LedgerHead head = lockHead(facts.subjectId());
    LedgerEntry entry =
        new LedgerEntry(facts, head.lastSequence() + 1, clock.instant(), head.lastHash());
    entry.seal(EntryHashes.of(entry));
    em.persist(entry);
    head.advance(entry.sequence(), entry.entryHash());
    em.flush();
    return entry;
  }

  /** The subject's entries, oldest first. */
  public List<LedgerEntry> chainOf(String subjectId) {
    return em.createNamedQuery(LedgerEntry.CHAIN_OF, LedgerEntry.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  /**
   * Checks the chain against its head. The head is locked first, so no append of this subject lands
   * between reading the head and reading the entries (a false "missing entry").
   */
  public ChainVerdict verify(String subjectId) {
    LedgerHead head = em.find(LedgerHead.class, subjectId, LockModeType.PESSIMISTIC_WRITE);
    return ChainVerification.verify(subjectId, chainOf(subjectId), head);
  }

  public LedgerEntry entry(String entryId) {
    return entryId == null ? null : em.find(LedgerEntry.class, entryId);
  }

  /**
   * The entry as committed, read in a transaction of its own: the caller's transaction may have
   * begun its snapshot before the entry was committed (REPEATABLE READ, MySQL's default) and would
   * not see it. Detached: every field is plain.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LedgerEntry committedEntry(String entryId) {
    return entry(entryId);
  }

  private LedgerHead lockHead(String subjectId) {
    if (!headExists(subjectId)) {
      try {
        heads.create(subjectId);
      } catch (PersistenceException | jakarta.transaction.TransactionalException lostTheRace) {
        // should INSERT IGNORE ever refuse, the head exists: lock it
      }
    }
    LedgerHead head = em.find(LedgerHead.class, subjectId, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("No ledger head for subject " + subjectId);
    }
    return head;
  }

  private boolean headExists(String subjectId) {
    Number count =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM ledger_head WHERE subject_id = ?")
                .setParameter(1, subjectId)
                .getSingleResult();
    return count.longValue() > 0;
  }
}
