-- P12, P13, P23: the providers that deliver GenVoice's own messages on its behalf (issue 4), each a
-- service provider that operates that part of the service and receives only what it needs: the
-- dialer the number, the mail house the name and postal address, the email service the name and
-- email address. Every message goes to them through the policy gate and the ledger.
INSERT INTO recipient (id, name, kind, agreement_reference, active, created_at, changed_at, version) VALUES
  ('dialer', 'Telemarketing dialer (places GenVoice calls)', 'SERVICE_PROVIDER', 'DPA-2026-DIALER-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('mail-house', 'Mail house (prints and posts GenVoice letters)', 'SERVICE_PROVIDER', 'DPA-2026-MAIL-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
  ('email-service', 'Email service (sends GenVoice emails)', 'SERVICE_PROVIDER', 'DPA-2026-EMAIL-01', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO recipient_field (recipient_id, purpose, field_name) VALUES
  ('dialer', 'OPERATE_SERVICE', 'customer.phone'),
  ('mail-house', 'OPERATE_SERVICE', 'customer.name'),
  ('mail-house', 'OPERATE_SERVICE', 'customer.address'),
  ('email-service', 'OPERATE_SERVICE', 'customer.name'),
  ('email-service', 'OPERATE_SERVICE', 'customer.email');

-- every server instance sees at its next decision that its registry snapshot is stale
UPDATE registry_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;
