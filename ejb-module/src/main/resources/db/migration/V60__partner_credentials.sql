-- Inbound partner web services (issue 4): each partner's own credential, tied to its entry in the
-- recipient registry (P19, P23), and the audit of refused partner calls that no ledger entry
-- records (wrong credentials, unknown customers, malformed or hostile requests). Kept to the SQL
-- that H2 (MODE=MySQL) and MySQL/MariaDB share.

-- One credential per partner: HTTP Basic username = partner_id, password = a 256-bit random
-- secret shown once; only its SHA-256 is stored.
CREATE TABLE partner_credential (
  partner_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  recipient_id VARCHAR(100) NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  active       BOOLEAN      NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  rotated_at   DATETIME(6)  NOT NULL,
  changed_by   VARCHAR(200) NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT fk_partner_credential_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id)
);

-- Append-only: refused partner calls that concern no known subject's ledger.
CREATE TABLE partner_audit_event (
  id             CHAR(36)     NOT NULL PRIMARY KEY,
  occurred_at    DATETIME(6)  NOT NULL,
  partner_id     VARCHAR(64)  NULL,
  channel        VARCHAR(10)  NOT NULL,
  code           VARCHAR(60)  NOT NULL,
  request_id     VARCHAR(100) NULL,
  remote_address VARCHAR(45)  NULL
);
CREATE INDEX ix_partner_audit_event_time ON partner_audit_event (occurred_at);

-- Number porting asks by phone number: ix_customer_phone (V31) serves that lookup.
