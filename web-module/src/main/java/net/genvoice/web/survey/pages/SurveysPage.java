package net.genvoice.web.survey.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.survey.boundary.OpenSurveyView;
import net.genvoice.survey.boundary.SurveyResponseView;
import net.genvoice.survey.boundary.SurveyResponses;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.PageRedirect;

/**
 * account/surveys.xhtml (P14): the open surveys the customer is invited to, which needs their
 * consent to survey participation, and their own responses, marked internal-only.
 */
@Named
@RequestScoped
public class SurveysPage {

  static final String PAGE = "/account/surveys.xhtml";
  static final String PARTICIPATION = "survey.participation";

  @EJB SurveyResponses surveyResponses;
  @EJB Consents consents;
  @Inject Caller caller;

  private Boolean participating;
  private List<OpenSurveyView> open;
  private List<SurveyResponseView> responses;

  public boolean isParticipating() {
    if (participating == null) {
      participating =
          consents.currentState(caller.id()).stream()
              .anyMatch(consent -> consent.purpose().equals(PARTICIPATION) && consent.granted());
    }
    return participating;
  }

  public List<OpenSurveyView> getOpen() {
    if (open == null) {
      open = surveyResponses.openFor(caller.id());
    }
    return open;
  }

  public List<SurveyResponseView> getResponses() {
    if (responses == null) {
      responses = surveyResponses.responsesOf(caller.id());
    }
    return responses;
  }

  public String getNotice() {
    return "answered".equals(PageRedirect.parameter("saved"))
        ? "Thank you: your answers have been saved. They are used only inside GenVoice."
        : "";
  }
}
