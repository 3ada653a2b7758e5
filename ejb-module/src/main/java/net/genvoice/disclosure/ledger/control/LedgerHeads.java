package net.genvoice.disclosure.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import net.genvoice.disclosure.ledger.entity.LedgerHead;

/**
 * Creates a subject's chain head on first use, in a transaction of its own: a racing insert of the
 * same head (another thread or server) waits for the first and is then ignored ({@code INSERT
 * IGNORE}, which H2's MySQL mode shares), and the short transaction releases the shared lock that
 * the duplicate check took before the append locks the row for update. Done inside the append's
 * transaction, two appends holding that shared lock would deadlock on their upgrade.
 */
@ApplicationScoped
public class LedgerHeads {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String subjectId) {
    em.createNativeQuery(
            "INSERT IGNORE INTO ledger_head (subject_id, last_seq, last_hash) VALUES (?, 0, ?)")
        .setParameter(1, subjectId)
        .setParameter(2, LedgerHead.GENESIS)
        .executeUpdate();
  }
}
