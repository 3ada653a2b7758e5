-- P04, P05: usage events, one per request, written in batches and erased after the retention
-- period (genvoice.usage.retention), and the weekly per-feature counts that outlive them. Kept to
-- the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.

CREATE TABLE usage_event (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  occurred_at  DATETIME(6)  NOT NULL,
  -- the Monday (UTC) of the ISO week of occurred_at: what the report and the aggregation group by
  week_start   DATE         NOT NULL,
  feature      VARCHAR(40)  NOT NULL,
  -- in full only with analytics consent; otherwise truncated to its /24 (IPv4) or /48 (IPv6)
  ip_address   VARCHAR(45)  NULL,
  -- identifiers that outlive a session: only with analytics consent
  device_id    VARCHAR(64)  NULL,
  visitor_id   VARCHAR(64)  NULL,
  -- a digest of the session id: links the requests of one session only
  session_ref  VARCHAR(64)  NULL,
  browser      VARCHAR(20)  NOT NULL,
  device_type  VARCHAR(20)  NOT NULL,
  -- only with personalisation consent; no foreign key, so that usage never blocks an erasure
  customer_id  CHAR(36)     NULL
);
CREATE INDEX ix_usage_event_occurred_at ON usage_event (occurred_at);
CREATE INDEX ix_usage_event_week ON usage_event (week_start, feature);
CREATE INDEX ix_usage_event_customer ON usage_event (customer_id);
CREATE INDEX ix_usage_event_visitor ON usage_event (visitor_id);

CREATE TABLE feature_usage_week (
  id         VARCHAR(60)  NOT NULL PRIMARY KEY,
  feature    VARCHAR(40)  NOT NULL,
  week_start DATE         NOT NULL,
  uses       BIGINT       NOT NULL,
  CONSTRAINT uq_feature_usage_week UNIQUE (feature, week_start)
);

-- one row per scheduled job: the job locks it, so two servers never aggregate the same events
CREATE TABLE usage_job_lock (
  name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO usage_job_lock (name) VALUES ('retention');
