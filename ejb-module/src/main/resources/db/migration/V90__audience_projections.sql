-- Issue 3, P12: two tables derived for the campaign audience, each written in the transaction that
-- changes what it is derived from, and rebuildable from that alone (consent.control.ConsentStateRows,
-- communication.control.PhoneSuppressionRows). The history and the lists stay the source of truth;
-- the send-time check reads them, not these. Keys are compared byte by byte (utf8mb4_bin, ascii_bin;
-- H2 ignores the clauses): with the customer table's utf8mb4 id and phone the binary collation is the
-- one used, so each audience lookup is a primary-key probe without collation weights. No foreign key:
-- InnoDB refuses one across collations, and every row follows from rows that have theirs.

-- The current state of each consent purpose that names no recipient: the subject's latest event.
CREATE TABLE consent_state (
  subject_id CHAR(36)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  purpose    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  seq_no     BIGINT      NOT NULL,
  granted    BOOLEAN     NOT NULL,
  PRIMARY KEY (subject_id, purpose)
);

INSERT INTO consent_state (subject_id, purpose, seq_no, granted)
SELECT e.subject_id, e.purpose, e.seq_no, e.granted FROM consent_event e
WHERE e.purpose <> 'DISCLOSURE'
  AND NOT EXISTS (SELECT 1 FROM consent_event l
                  WHERE l.subject_id = e.subject_id AND l.purpose = e.purpose AND l.seq_no > e.seq_no);

-- Every number on either do-not-call list: the expiry of its own-list entry, and whether the
-- national registry of the latest import has it.
CREATE TABLE phone_suppression (
  phone                VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  do_not_call_until    DATETIME(6) NULL,
  in_national_registry BOOLEAN     NOT NULL
);

INSERT INTO phone_suppression (phone, do_not_call_until, in_national_registry)
SELECT p.phone, MAX(p.until), MAX(p.registry) = 1
FROM (SELECT d.phone, d.expires_at AS until, 0 AS registry FROM do_not_call_entry d
      UNION ALL SELECT n.phone, NULL, 1 FROM national_registry_number n) p
GROUP BY p.phone;
