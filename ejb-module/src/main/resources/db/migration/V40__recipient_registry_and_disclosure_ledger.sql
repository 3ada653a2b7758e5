-- P14, P15, P17-P21, P23, P24: the recipient registry, the append-only disclosure ledger with its
-- per-subject hash chain, and customers' credit applications. Kept to the SQL that H2 (MODE=MySQL)
-- and MySQL/MariaDB share.

-- P23: every party outside GenVoice that may ever receive personal information. The id is the
-- stable name that partners, consents and the ledger use (e.g. "card-provider").
CREATE TABLE recipient (
  id                  VARCHAR(100) NOT NULL PRIMARY KEY,
  name                VARCHAR(200) NOT NULL,
  kind                VARCHAR(40)  NOT NULL,
  agreement_reference VARCHAR(200) NOT NULL,
  active              BOOLEAN      NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  changed_at          DATETIME(6)  NOT NULL,
  version             BIGINT       NOT NULL
);

-- P19, P23: per purpose, the exact fields a recipient may receive (DisclosableField wire names).
CREATE TABLE recipient_field (
  recipient_id VARCHAR(100) NOT NULL,
  purpose      VARCHAR(40)  NOT NULL,
  field_name   VARCHAR(60)  NOT NULL,
  PRIMARY KEY (recipient_id, purpose, field_name),
  CONSTRAINT fk_recipient_field_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id)
);

-- One row: bumped in the transaction of every registry change (also by a migration that seeds
-- recipients), so that every server instance sharing the database sees at its next decision
-- that its snapshot is stale.
CREATE TABLE registry_version (
  id         INT         NOT NULL PRIMARY KEY,
  version    BIGINT      NOT NULL,
  changed_at DATETIME(6) NOT NULL
);
INSERT INTO registry_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

-- The disclosure ledger: the application only ever inserts here. Per subject the entries form a
-- hash chain: entry_hash = SHA-256 over the entry's canonical content and previous_hash. The
-- subject is not a foreign key: a release may concern a customer still being signed up.
CREATE TABLE disclosure_ledger_entry (
  id                 CHAR(36)      NOT NULL PRIMARY KEY,
  subject_id         VARCHAR(36)   NOT NULL,
  seq_no             BIGINT        NOT NULL,
  entry_type         VARCHAR(10)   NOT NULL,
  -- microseconds since the epoch, UTC: the hash never depends on a server's time zone
  recorded_at_micros BIGINT        NOT NULL,
  recipient_id       VARCHAR(100)  NOT NULL,
  recipient_name     VARCHAR(200)  NULL,
  purpose            VARCHAR(40)   NOT NULL,
  legal_basis        VARCHAR(40)   NOT NULL,
  legal_reference    VARCHAR(200)  NULL,
  issuing_authority  VARCHAR(200)  NULL,
  data_categories    VARCHAR(300)  NULL,
  field_names        VARCHAR(1000) NULL,
  request_id         VARCHAR(100)  NULL,
  release_id         CHAR(36)      NULL,
  reason_code        VARCHAR(60)   NULL,
  explanation        VARCHAR(500)  NULL,
  outcome            VARCHAR(10)   NULL,
  outcome_detail     VARCHAR(1000) NULL,
  previous_hash      CHAR(64)      NOT NULL,
  entry_hash         CHAR(64)      NOT NULL,
  CONSTRAINT uq_ledger_entry_sequence UNIQUE (subject_id, seq_no)
);
CREATE INDEX ix_ledger_entry_release ON disclosure_ledger_entry (release_id);

-- The head of each subject's chain: locked (SELECT ... FOR UPDATE) by every append, so appends
-- for one subject are serialised in the database, across threads and server instances.
CREATE TABLE ledger_head (
  subject_id VARCHAR(36) NOT NULL PRIMARY KEY,
  last_seq   BIGINT      NOT NULL,
  last_hash  CHAR(64)    NOT NULL
);

-- P21: a customer's application for credit; a credit inquiry is possible only while one is open.
CREATE TABLE credit_application (
  id          CHAR(36)     NOT NULL PRIMARY KEY,
  customer_id CHAR(36)     NOT NULL,
  status      VARCHAR(10)  NOT NULL,
  description VARCHAR(200) NULL,
  opened_at   DATETIME(6)  NOT NULL,
  closed_at   DATETIME(6)  NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT fk_credit_application_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_credit_application_customer ON credit_application (customer_id, status);
