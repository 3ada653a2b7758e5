package net.genvoice.survey.boundary;

import net.genvoice.platform.error.BusinessException;

/** No such survey, or none the caller may see (customers never see drafts). */
public class SurveyNotFoundException extends BusinessException {

  public SurveyNotFoundException() {
    super(Kind.NOT_FOUND, "not-found", "No such survey.");
  }
}
