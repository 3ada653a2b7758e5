package net.genvoice.consent.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import net.genvoice.consent.entity.ConsentPurpose;

/**
 * P12, issue 3: the statements of {@code consent_state}, the current state of every consent purpose
 * that names no recipient, one row per subject and purpose, so that a campaign's audience reads one
 * primary-key row per customer instead of searching the history for the latest event. The table is
 * derived: the append-only history in {@code consent_event} stays the source of truth, every append
 * updates the row in the same transaction ({@code Consents}), and {@link #DERIVE} rebuilds it from
 * the history alone (the migration, the benchmark's seed, the tests that prove the two agree). A
 * purpose that names a recipient (a disclosure) has no row here. SQL that H2 (MODE=MySQL) and
 * MySQL/MariaDB share; no Jakarta EE API, so the benchmark in {@code bench/audience} uses it too.
 */
public final class ConsentStateRows {

  /** The purposes kept here, as SQL literals: every purpose that names no recipient. */
  private static final String PURPOSES =
      Arrays.stream(ConsentPurpose.values())
          .filter(purpose -> !purpose.namesRecipient())
          .map(purpose -> "'" + purpose.name() + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  /** The latest event of each subject and purpose, from the history alone. */
  private static final String LATEST =
      "SELECT e.subject_id, e.purpose, e.seq_no, e.granted FROM consent_event e"
          + " WHERE e.purpose IN "
          + PURPOSES
          + " AND NOT EXISTS (SELECT 1 FROM consent_event l WHERE l.subject_id = e.subject_id"
          + " AND l.purpose = e.purpose AND l.seq_no > e.seq_no)";

  /** Parameters: granted, seq_no, subject_id, purpose. No row changed when it has none yet. */
  public static final String UPDATE =
      "UPDATE consent_state SET granted = ?, seq_no = ? WHERE subject_id = ? AND purpose = ?";

  /** Parameters: subject_id, purpose, seq_no, granted. */
  public static final String INSERT =
      "INSERT INTO consent_state (subject_id, purpose, seq_no, granted) VALUES (?, ?, ?, ?)";

  /** Empties the table before {@link #DERIVE}. */
  public static final String CLEAR = "DELETE FROM consent_state";

  /** Fills an empty table from the history. */
  public static final String DERIVE =
      "INSERT INTO consent_state (subject_id, purpose, seq_no, granted) " + LATEST;

  /**
   * The number of subject-purpose pairs on which the table and the history disagree (a row missing,
   * one too many, another event or state): zero whenever the table is right.
   */
  public static final String DISAGREEMENTS =
      "SELECT (SELECT COUNT(*) FROM ("
          + LATEST
          + ") h LEFT JOIN consent_state s ON s.subject_id = h.subject_id AND s.purpose = h.purpose"
          + " AND s.seq_no = h.seq_no AND s.granted = h.granted WHERE s.subject_id IS NULL)"
          + " + (SELECT COUNT(*) FROM consent_state s LEFT JOIN ("
          + LATEST
          + ") h ON h.subject_id = s.subject_id AND h.purpose = s.purpose WHERE h.subject_id IS NULL)";

  private ConsentStateRows() {}

  /** Whether events of the purpose are kept here. */
  public static boolean keeps(ConsentPurpose purpose) {
    return !purpose.namesRecipient();
  }
}
