-- P22: every automated decision (creditworthiness, fraud screening) with its inputs (the names of
-- the fields released, never their values), the partner's score and reasons, and its outcome.
CREATE TABLE automated_decision (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  subject_id   CHAR(36)      NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  subject_ref  VARCHAR(100)  NULL,
  outcome      VARCHAR(10)   NOT NULL,
  score        INT           NULL,
  reasons      VARCHAR(2000) NULL,
  inputs       VARCHAR(1000) NOT NULL,
  method       VARCHAR(100)  NOT NULL,
  partner_ref  VARCHAR(100)  NULL,
  release_id   CHAR(36)      NULL,
  decided_by   VARCHAR(20)   NOT NULL,
  decided_at   DATETIME(6)   NOT NULL
);
CREATE INDEX ix_automated_decision_subject ON automated_decision (subject_id, decided_at);
CREATE INDEX ix_automated_decision_ref ON automated_decision (subject_ref);
