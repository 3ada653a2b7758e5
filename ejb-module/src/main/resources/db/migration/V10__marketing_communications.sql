-- P12, P13: marketing communications. Messages are typed transactional or marketing; campaigns reach
-- the customers who consent to their channel, minus the do-not-call lists and direct-mail suppressions;
-- every message sent or held back is logged per customer with the reason. Kept to the SQL that H2
-- (MODE=MySQL) and MySQL/MariaDB share. Staff ids are not foreign keys: staff from the company
-- directory have no staff_member row.

-- P12: the internal do-not-call list: E.164 numbers added on request, kept five years, then purged.
CREATE TABLE do_not_call_entry (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  phone        VARCHAR(16)  NOT NULL,
  note         VARCHAR(200) NULL,
  requested_at DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  added_by     VARCHAR(150) NOT NULL,
  CONSTRAINT uq_do_not_call_phone UNIQUE (phone)
);
CREATE INDEX ix_do_not_call_expiry ON do_not_call_entry (expires_at);

-- P12: the national do-not-call registry: every import replaces the numbers of the one before.
CREATE TABLE national_registry_import (
  id              CHAR(36)     NOT NULL PRIMARY KEY,
  registry_date   DATE         NOT NULL,
  imported_at     DATETIME(6)  NOT NULL,
  imported_by     VARCHAR(150) NOT NULL,
  number_count    INT          NOT NULL,
  duplicate_count INT          NOT NULL
);
CREATE INDEX ix_national_registry_import_date ON national_registry_import (registry_date);

CREATE TABLE national_registry_number (
  phone VARCHAR(16) NOT NULL PRIMARY KEY
);

-- P12: postal addresses that receive no marketing letter (returned mail, a request at the address).
-- address_key: COUNTRY|POSTALCODE|LINE1, upper case, postal code without spaces (control.PostalKeys).
CREATE TABLE direct_mail_suppression (
  id          CHAR(36)     NOT NULL PRIMARY KEY,
  address_key VARCHAR(230) NOT NULL,
  reason      VARCHAR(30)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_direct_mail_suppression_address UNIQUE (address_key)
);

CREATE TABLE campaign (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  name         VARCHAR(100)  NOT NULL,
  channel      VARCHAR(20)   NOT NULL,
  subject      VARCHAR(200)  NOT NULL,
  body         VARCHAR(4000) NOT NULL,
  status       VARCHAR(12)   NOT NULL,
  created_by   VARCHAR(150)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  started_by   VARCHAR(150)  NULL,
  started_at   DATETIME(6)   NULL,
  completed_at DATETIME(6)   NULL,
  version      BIGINT        NOT NULL
);

-- P12, P13: one row per message sent or held back, per customer, with the reason.
CREATE TABLE customer_message (
  id                 CHAR(36)     NOT NULL PRIMARY KEY,
  customer_id        CHAR(36)     NOT NULL,
  campaign_id        CHAR(36)     NULL,
  message_type       VARCHAR(20)  NOT NULL,
  channel            VARCHAR(20)  NOT NULL,
  subject            VARCHAR(200) NOT NULL,
  status             VARCHAR(12)  NOT NULL,
  reason             VARCHAR(40)  NULL,
  provider_reference VARCHAR(100) NULL,
  created_at         DATETIME(6)  NOT NULL,
  decided_at         DATETIME(6)  NULL,
  CONSTRAINT uq_customer_message_campaign UNIQUE (campaign_id, customer_id),
  CONSTRAINT fk_customer_message_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_customer_message_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_customer_message_customer ON customer_message (customer_id, created_at);
CREATE INDEX ix_customer_message_campaign_status ON customer_message (campaign_id, status);

-- The audience joins the latest consent event of each customer for one purpose from this index alone.
CREATE INDEX ix_consent_event_subject_purpose ON consent_event (subject_id, purpose, seq_no, granted);
