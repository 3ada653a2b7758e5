-- P10, P20: one-off payments through a customer's payment method. The provider's ids only; never
-- card data. The id is the root of the idempotency keys sent to the provider.
CREATE TABLE payment (
  id                CHAR(36)    NOT NULL PRIMARY KEY,
  customer_id       CHAR(36)    NOT NULL,
  payment_method_id CHAR(36)    NOT NULL,
  amount_minor      BIGINT      NOT NULL,
  currency          CHAR(3)     NOT NULL,
  status            VARCHAR(12) NOT NULL,
  authorization_id  VARCHAR(100) NULL,
  charge_id         VARCHAR(100) NULL,
  created_at        DATETIME(6) NOT NULL,
  version           BIGINT      NOT NULL,
  CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_payment_customer ON payment (customer_id, created_at);
