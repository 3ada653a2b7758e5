-- P19, P20, P21, P23: the partners GenVoice's gateways call, each with exactly the fields it may
-- receive per purpose (DisclosableField wire names). Agreement references name the data
-- protection agreements that bind each partner to protect what it receives.
INSERT INTO recipient (id, name, kind, agreement_reference, active, created_at, changed_at, version) VALUES
  ('card-provider', 'Card payment provider', 'PAYMENT_PROVIDER', 'DPA-2026-CARD-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('paypal', 'PayPal-style payment provider', 'PAYMENT_PROVIDER', 'DPA-2026-PAYPAL-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('fraud-service', 'Fraud-prevention service', 'FRAUD_PREVENTION', 'DPA-2026-FRAUD-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('credit-agency', 'Credit reporting agency', 'CREDIT_AGENCY', 'DPA-2026-CREDIT-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('directory-affiliate', 'Phone directory publisher (business affiliate)', 'BUSINESS_AFFILIATE', 'DPA-2026-DIRECTORY-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO recipient_field (recipient_id, purpose, field_name) VALUES
  -- P03, P20: tokenisation (number, CVV, expiry, holder) and verification of a card; P10: payments by token
  ('card-provider', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.cardNumber'),
  ('card-provider', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.cvv'),
  ('card-provider', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.expiry'),
  ('card-provider', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.holderName'),
  ('card-provider', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.token'),
  ('card-provider', 'PROCESS_PAYMENT', 'paymentMethod.token'),
  -- P20: verifying the PayPal account; P10: payments from it
  ('paypal', 'VERIFY_PAYMENT_METHOD', 'paymentMethod.paypalAccount'),
  ('paypal', 'PROCESS_PAYMENT', 'paymentMethod.paypalAccount'),
  -- P11, P20: screening a sign-up or a payment method
  ('fraud-service', 'PREVENT_FRAUD', 'customer.name'),
  ('fraud-service', 'PREVENT_FRAUD', 'customer.email'),
  ('fraud-service', 'PREVENT_FRAUD', 'customer.phone'),
  ('fraud-service', 'PREVENT_FRAUD', 'customer.address'),
  ('fraud-service', 'PREVENT_FRAUD', 'session.ipAddress'),
  ('fraud-service', 'PREVENT_FRAUD', 'paymentMethod.brand'),
  ('fraud-service', 'PREVENT_FRAUD', 'paymentMethod.last4'),
  ('fraud-service', 'PREVENT_FRAUD', 'paymentMethod.billingAddress'),
  ('fraud-service', 'PREVENT_FRAUD', 'paymentMethod.paypalAccount'),
  -- P21: a credit inquiry on the customer's own application: name and address
  ('credit-agency', 'CREDIT_INQUIRY', 'customer.name'),
  ('credit-agency', 'CREDIT_INQUIRY', 'customer.address'),
  -- P19: a directory listing needs the name and the number, nothing else
  ('directory-affiliate', 'PERFORM_SERVICE', 'customer.name'),
  ('directory-affiliate', 'PERFORM_SERVICE', 'customer.phone');

-- every server instance sees at its next decision that its registry snapshot is stale
UPDATE registry_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;
