package net.genvoice.survey.boundary;

import net.genvoice.platform.error.BusinessException;

/** A customer answers a survey once. */
public class SurveyAlreadyAnsweredException extends BusinessException {

  public SurveyAlreadyAnsweredException() {
    super(Kind.CONFLICT, "survey-already-answered", "You have answered this survey already.");
  }
}
