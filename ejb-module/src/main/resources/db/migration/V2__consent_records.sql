-- P12, P17, P24, P25: the append-only consent history. The application only ever inserts here;
-- the current state of a consent is its latest event. Kept to the SQL that H2 (MODE=MySQL) and
-- MySQL/MariaDB share.

CREATE TABLE consent_event (
  id                 CHAR(36)      NOT NULL PRIMARY KEY,
  subject_id         CHAR(36)      NOT NULL,
  -- the event's place in its subject's history: "latest" is decided by this, not by recorded_at
  seq_no             BIGINT        NOT NULL,
  purpose            VARCHAR(40)   NOT NULL,
  recipient_id       VARCHAR(100)  NULL,
  scope              VARCHAR(100)  NULL,
  data_scope         VARCHAR(500)  NULL,
  granted            BOOLEAN       NOT NULL,
  channel            VARCHAR(20)   NOT NULL,
  text_shown         VARCHAR(2000) NOT NULL,
  text_version       VARCHAR(20)   NOT NULL,
  captured_by        CHAR(36)      NULL,
  call_reference     VARCHAR(100)  NULL,
  document_reference VARCHAR(200)  NULL,
  recorded_at        DATETIME(6)   NOT NULL,
  -- truncated: IPv4 to its /24, IPv6 to its /48
  source_ip          VARCHAR(45)   NULL,
  CONSTRAINT uq_consent_event_sequence UNIQUE (subject_id, seq_no),
  CONSTRAINT fk_consent_event_subject FOREIGN KEY (subject_id) REFERENCES customer (id),
  CONSTRAINT fk_consent_event_captured_by FOREIGN KEY (captured_by) REFERENCES staff_member (id)
);
