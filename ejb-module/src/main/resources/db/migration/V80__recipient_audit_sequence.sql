-- P23: a recipient's audit rows in the order they were written. Two changes within the clock's resolution had
-- the same changed_at, and the history then read them in the order of their random ids. Each new row takes the
-- next number of its recipient (the change holds the recipient's row lock); rows written before this column
-- existed keep 0 and read first, by time, as before.
ALTER TABLE recipient_audit ADD COLUMN seq_no INT DEFAULT 0 NOT NULL;
