package net.genvoice.survey.boundary;

import net.genvoice.platform.error.BusinessException;

/**
 * The survey is not in the state the request needs: answering one that is not open, opening one
 * that is not a draft, closing one that is not open.
 */
public class SurveyStatusException extends BusinessException {

  public SurveyStatusException(String message) {
    super(Kind.CONFLICT, "survey-status", message);
  }
}
