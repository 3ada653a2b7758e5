-- Support agents find the customer on the line by phone number as well as by email (P17: they
-- record the consent the customer gives during the call).
CREATE INDEX ix_customer_phone ON customer (phone);
