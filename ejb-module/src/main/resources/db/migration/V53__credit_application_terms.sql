-- P21: the credit terms a customer applies for decide the kind of inquiry: "standard" (a soft
-- inquiry, not noted on the credit record) or "financing" (a hard inquiry). NULL: standard.
ALTER TABLE credit_application ADD COLUMN credit_terms VARCHAR(20) NULL;
