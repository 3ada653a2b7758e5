-- Staff API tokens. Company-directory staff have no row of their own: their caller name
-- ("directory:" + username) can be longer than a UUID, and the roles the directory gave them are kept
-- with the token for its lifetime. Kept to the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.

ALTER TABLE access_token MODIFY principal_id VARCHAR(200) NOT NULL;
ALTER TABLE access_token ADD COLUMN directory_roles VARCHAR(500) NULL;
