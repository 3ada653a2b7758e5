package net.genvoice.survey.entity;

/** A survey is written as a draft, then opened to customers, then closed; never reopened. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
