package net.genvoice.survey.boundary;

import net.genvoice.platform.error.BusinessException;

/** P14, P17: only a customer who agreed to take part in surveys can answer one. */
public class SurveyConsentMissingException extends BusinessException {

  public SurveyConsentMissingException() {
    super(
        Kind.FORBIDDEN,
        "survey-consent-missing",
        "Answering a survey needs your consent to survey participation (survey.participation):"
            + " give it on My consents, then answer.");
  }
}
