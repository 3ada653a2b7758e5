-- P12, P13, P23: a message the policy engine does not let go to its provider is logged with
-- "release-denied:" and the engine's reason code (the longest: 53 characters), so the reason
-- column grows. Kept to the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.
ALTER TABLE customer_message MODIFY reason VARCHAR(80) NULL;
