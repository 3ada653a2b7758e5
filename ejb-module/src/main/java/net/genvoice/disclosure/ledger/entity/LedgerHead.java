package net.genvoice.disclosure.ledger.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * The end of one subject's chain. Every append locks this row (SELECT ... FOR UPDATE) before it
 * reads the last sequence and hash, so appends for one subject are serialised by the database, on
 * every server instance sharing it; it also lets verification notice a deleted last entry.
 */
@Entity
@Table(name = "ledger_head")
@Cacheable(false)
public class LedgerHead {

  /** The previous hash of every subject's first entry. */
  public static final String GENESIS = "0".repeat(64);

  @Id
  @PersonalData(PiCategory.DISCLOSURE_RECORDS)
  @Column(name = "subject_id")
  private String subjectId;

  @NotPersonal
  @Column(name = "last_seq")
  private long lastSequence;

  @NotPersonal
  @Column(name = "last_hash")
  private String lastHash;

  protected LedgerHead() {}

  public LedgerHead(String subjectId) {
    this.subjectId = subjectId;
    this.lastSequence = 0;
    this.lastHash = GENESIS;
  }

  public void advance(long sequence, String hash) {
    this.lastSequence = sequence;
    this.lastHash = hash;
  }

  public String subjectId() {
    return subjectId;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }
}
