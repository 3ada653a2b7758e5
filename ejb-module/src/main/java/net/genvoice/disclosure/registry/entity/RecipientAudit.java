package net.genvoice.disclosure.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;

/**
 * P23: one change of the recipient registry, append-only: who made it, when, and the recipient as
 * it read before (null for a creation) and after, as JSON.
 */
@Entity
@Table(name = "recipient_audit")
@Cacheable(false)
@NamedQuery(
    name = RecipientAudit.OF_RECIPIENT,
    query =
        "select a from RecipientAudit a where a.recipientId = :recipient"
            + " order by a.sequence, a.changedAt, a.id")
@NamedQuery(
    name = RecipientAudit.LAST_SEQUENCE,
    query =
        "select coalesce(max(a.sequence), 0) from RecipientAudit a where a.recipientId = :recipient")
public class RecipientAudit {

  public static final String OF_RECIPIENT = "RecipientAudit.ofRecipient";
  public static final String LAST_SEQUENCE = "RecipientAudit.lastSequence";

  /** What was done to the recipient. */
  public enum Action {
    CREATED,
    CHANGED,
    DEACTIVATED
  }

  @Id @NotPersonal private String id;

  @NotPersonal
  @Column(name = "recipient_id")
  private String recipientId;

  /** The row's place in its recipient's history: 1, 2, 3 ... (0 for rows older than the column). */
  @NotPersonal
  @Column(name = "seq_no")
  private int sequence;

  @NotPersonal
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  /** The staff member's id: staff accounts are GenVoice's own, not customers' information. */
  @NotPersonal
  @Column(name = "changed_by")
  private String changedBy;

  @NotPersonal
  @Column(name = "changed_at")
  private Instant changedAt;

  @NotPersonal
  @Column(name = "before_state")
  private String before;

  @NotPersonal
  @Column(name = "after_state")
  private String after;

  protected RecipientAudit() {}

  public RecipientAudit(
      String recipientId,
      int sequence,
      Action action,
      String changedBy,
      Instant changedAt,
      String before,
      String after) {
    this.id = UUID.randomUUID().toString();
    this.recipientId = recipientId;
    this.sequence = sequence;
    this.action = action;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.before = before;
    this.after = after;
  }

  public String id() {
    return id;
  }

  public String recipientId() {
    return recipientId;
  }

  public int sequence() {
    return sequence;
  }

  public Action action() {
    return action;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}
