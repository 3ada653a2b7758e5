-- Customer accounts (P01, P03), staff, login throttling and revocable tokens (P27).
-- Kept to the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.

CREATE TABLE customer (
  id                  CHAR(36)     NOT NULL PRIMARY KEY,
  name                VARCHAR(200) NOT NULL,
  email               VARCHAR(254) NOT NULL,
  phone               VARCHAR(16)  NOT NULL,
  password_hash       VARCHAR(512) NOT NULL,
  address_line1       VARCHAR(200) NOT NULL,
  address_line2       VARCHAR(200) NULL,
  address_city        VARCHAR(100) NOT NULL,
  address_region      VARCHAR(100) NULL,
  address_postal_code VARCHAR(20)  NOT NULL,
  address_country     CHAR(2)      NOT NULL,
  payer_id            CHAR(36)     NULL,
  status              VARCHAR(10)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT uq_customer_email UNIQUE (email),
  CONSTRAINT fk_customer_payer FOREIGN KEY (payer_id) REFERENCES customer (id)
);

CREATE TABLE payment_method (
  id                  CHAR(36)     NOT NULL PRIMARY KEY,
  customer_id         CHAR(36)     NOT NULL,
  kind                VARCHAR(10)  NOT NULL,
  provider_token      VARCHAR(100) NULL,
  card_brand          VARCHAR(20)  NULL,
  card_last4          CHAR(4)      NULL,
  expiry_month        INT          NULL,
  expiry_year         INT          NULL,
  billing_line1       VARCHAR(200) NULL,
  billing_line2       VARCHAR(200) NULL,
  billing_city        VARCHAR(100) NULL,
  billing_region      VARCHAR(100) NULL,
  billing_postal_code VARCHAR(20)  NULL,
  billing_country     CHAR(2)      NULL,
  paypal_email        VARCHAR(254) NULL,
  is_default          BOOLEAN      NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  CONSTRAINT fk_payment_method_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_payment_method_customer ON payment_method (customer_id);

CREATE TABLE staff_member (
  id                   CHAR(36)     NOT NULL PRIMARY KEY,
  username             VARCHAR(100) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  password_hash        VARCHAR(512) NULL,
  must_change_password BOOLEAN      NOT NULL,
  active               BOOLEAN      NOT NULL,
  created_at           DATETIME(6)  NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
  staff_id CHAR(36)    NOT NULL,
  role     VARCHAR(30) NOT NULL,
  PRIMARY KEY (staff_id, role),
  CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

-- Failed sign-ins per login name (hashed, so that the table reveals no email): slow down, then lock.
CREATE TABLE login_throttle (
  login_key       CHAR(64)    NOT NULL PRIMARY KEY,
  failures        INT         NOT NULL,
  last_failure_at DATETIME(6) NOT NULL,
  locked_until    DATETIME(6) NULL
);

-- Bearer and remember-me tokens: only a SHA-256 of the token is kept (P27).
CREATE TABLE access_token (
  token_hash     CHAR(64)    NOT NULL PRIMARY KEY,
  principal_id   CHAR(36)    NOT NULL,
  principal_kind VARCHAR(10) NOT NULL,
  purpose        VARCHAR(20) NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  expires_at     DATETIME(6) NOT NULL,
  revoked_at     DATETIME(6) NULL
);
CREATE INDEX ix_access_token_principal ON access_token (principal_id);
