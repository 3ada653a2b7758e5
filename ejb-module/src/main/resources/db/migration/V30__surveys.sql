-- P14: surveys written by staff and the customers' responses. Every response carries the
-- internal-only mark, and the check constraint refuses a response without it: survey answers are
-- used only inside GenVoice. Kept to the SQL that H2 (MODE=MySQL) and MySQL/MariaDB share.

CREATE TABLE survey (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  title        VARCHAR(200)  NOT NULL,
  introduction VARCHAR(2000) NULL,
  -- DRAFT, then OPEN to customers, then CLOSED
  status       VARCHAR(10)   NOT NULL,
  -- the staff member who wrote it (a staff id or a company-directory name)
  created_by   VARCHAR(120)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL
);

CREATE TABLE survey_question (
  id          CHAR(36)      NOT NULL PRIMARY KEY,
  survey_id   CHAR(36)      NOT NULL,
  question_no INT           NOT NULL,
  prompt      VARCHAR(500)  NOT NULL,
  -- TEXT, RATING (1 to 5) or CHOICE (one of the choices)
  kind        VARCHAR(10)   NOT NULL,
  -- the choices of a CHOICE question, one per line
  choices     VARCHAR(1200) NULL,
  required    BOOLEAN       NOT NULL,
  CONSTRAINT uq_survey_question_no UNIQUE (survey_id, question_no),
  CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
);

CREATE TABLE survey_response (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  survey_id     CHAR(36)    NOT NULL,
  customer_id   CHAR(36)    NOT NULL,
  submitted_at  DATETIME(6) NOT NULL,
  -- P14: the internal-only mark; no response may be stored without it
  internal_only BOOLEAN     NOT NULL DEFAULT TRUE,
  CONSTRAINT ck_survey_response_internal_only CHECK (internal_only = TRUE),
  -- a customer answers a survey once
  CONSTRAINT uq_survey_response_customer UNIQUE (survey_id, customer_id),
  CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT fk_survey_response_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_survey_response_customer ON survey_response (customer_id);

CREATE TABLE survey_answer (
  response_id CHAR(36)      NOT NULL,
  question_id CHAR(36)      NOT NULL,
  answer      VARCHAR(2000) NOT NULL,
  PRIMARY KEY (response_id, question_id),
  CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
  CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
);
