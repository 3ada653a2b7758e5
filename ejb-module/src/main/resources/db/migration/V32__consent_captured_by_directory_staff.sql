-- P17: who captured a written or verbal consent is a staff member of GenVoice's own table or of the
-- company directory ("directory:" + username), who has no row here. The column therefore holds the
-- staff caller name, like access_token.principal_id (V3), and no longer refers to staff_member.
-- Kept to the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.

ALTER TABLE consent_event DROP FOREIGN KEY fk_consent_event_captured_by;
ALTER TABLE consent_event MODIFY captured_by VARCHAR(200) NULL;
