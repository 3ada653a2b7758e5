-- P18: subpoenas and court orders recorded by the compliance officer, fulfilled as exports that go
-- through the policy engine and the ledger; P23: the append-only audit of every registry change.

CREATE TABLE legal_request (
  id                   CHAR(36)     NOT NULL PRIMARY KEY,
  kind                 VARCHAR(20)  NOT NULL,
  authority_id         VARCHAR(100) NOT NULL,
  reference            VARCHAR(200) NOT NULL,
  issued_on            DATE         NOT NULL,
  -- entries released under the request stay hidden from the customer before this day (UTC)
  non_disclosure_until DATE         NULL,
  status               VARCHAR(10)  NOT NULL,
  recorded_by          VARCHAR(100) NOT NULL,
  recorded_at          DATETIME(6)  NOT NULL,
  fulfilled_at         DATETIME(6)  NULL,
  version              BIGINT       NOT NULL
);

CREATE TABLE legal_request_subject (
  legal_request_id CHAR(36)    NOT NULL,
  subject_id       VARCHAR(36) NOT NULL,
  PRIMARY KEY (legal_request_id, subject_id),
  CONSTRAINT fk_legal_request_subject FOREIGN KEY (legal_request_id) REFERENCES legal_request (id)
);
CREATE INDEX ix_legal_request_subject ON legal_request_subject (subject_id);

CREATE TABLE legal_request_category (
  legal_request_id CHAR(36)    NOT NULL,
  category         VARCHAR(40) NOT NULL,
  PRIMARY KEY (legal_request_id, category),
  CONSTRAINT fk_legal_request_category FOREIGN KEY (legal_request_id) REFERENCES legal_request (id)
);

-- The application only ever inserts here: who changed which recipient, when, and how it read
-- before and after (JSON; before is null for a creation).
CREATE TABLE recipient_audit (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  recipient_id VARCHAR(100)  NOT NULL,
  action       VARCHAR(20)   NOT NULL,
  changed_by   VARCHAR(100)  NOT NULL,
  changed_at   DATETIME(6)   NOT NULL,
  before_state VARCHAR(4000) NULL,
  after_state  VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_recipient_audit_recipient ON recipient_audit (recipient_id, changed_at);
