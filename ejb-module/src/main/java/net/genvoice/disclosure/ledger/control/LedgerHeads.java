package net.genvoice.disclosure.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import net.genvoice.disclosure.ledger.entity.LedgerHead;

/**
 * Creates a subject's chain head on first use, in a transaction of its own so that a lost race
 * (another thread or server inserted it first: the primary key refuses the second) costs only that
 * small transaction, never the append that asked.
 */
@ApplicationScoped
public class LedgerHeads {

  @PersistenceContext EntityManager em;

  /**
   * @throws jakarta.persistence.PersistenceException when the head exists already
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String subjectId) {
    em.persist(new LedgerHead(subjectId));
    em.flush();
  }
}
