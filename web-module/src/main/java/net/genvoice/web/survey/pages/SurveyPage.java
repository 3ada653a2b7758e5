package net.genvoice.web.survey.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.survey.boundary.AnswersCommand;
import net.genvoice.survey.boundary.OpenSurveyView;
import net.genvoice.survey.boundary.QuestionView;
import net.genvoice.survey.boundary.SurveyResponses;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.problem.Causes;

/**
 * account/survey.xhtml?survey=ID (P14): one open survey's questions and the customer's answers. The
 * survey's id travels in the form as a plain parameter, so that the questions are built alike when
 * the page is shown and when it is sent. A refused answer is shown beside its question.
 */
@Named
@RequestScoped
public class SurveyPage {

  static final String FORM = "answerSurvey";
  static final String SURVEY_PARAMETER = "survey";

  @EJB SurveyResponses responses;
  @Inject Caller caller;

  private static final List<SelectItem> RATINGS =
      List.of(
          new SelectItem("1", "1 (poor)"),
          new SelectItem("2", "2"),
          new SelectItem("3", "3"),
          new SelectItem("4", "4"),
          new SelectItem("5", "5 (excellent)"));

  private Optional<OpenSurveyView> survey;
  private final Map<String, String> answers = new HashMap<>();

  /** The survey, or empty when there is no such open survey. */
  public Optional<OpenSurveyView> getSurvey() {
    if (survey == null) {
      String id = PageRedirect.parameter(SURVEY_PARAMETER);
      try {
        survey =
            id.isBlank() ? Optional.empty() : Optional.of(responses.openSurvey(caller.id(), id));
      } catch (RuntimeException notFound) {
        Causes.innermost(notFound, BusinessException.class).orElseThrow(() -> notFound);
        survey = Optional.empty();
      }
    }
    return survey;
  }

  /** The survey shown, or null when there is no such open survey. */
  public OpenSurveyView getShown() {
    return getSurvey().orElse(null);
  }

  /** A question's label: its number, its prompt, and whether it may be left out. */
  public String label(QuestionView question) {
    return question.number()
        + ". "
        + question.prompt()
        + (question.required() ? "" : " (optional)");
  }

  /** The choices of a rating question: 1 (poor) to 5 (excellent). */
  public List<SelectItem> ratings() {
    return RATINGS;
  }

  public void submit() {
    OpenSurveyView shown = getShown();
    if (shown == null) {
      FieldMessages.showOnPage("This survey is not open.");
      return;
    }
    try {
      responses.answer(caller.id(), shown.id(), new AnswersCommand(Map.copyOf(nonBlank())));
      PageRedirect.to(SurveysPage.PAGE + "?saved=answered");
    } catch (RuntimeException refused) {
      Map<String, String> fields = FieldMessages.fieldsOf(refused);
      if (fields.isEmpty()) {
        FieldMessages.show(refused, FORM, "");
      } else {
        showBesideQuestions(shown, fields);
      }
    }
  }

  /**
   * The boundary names a question's answer {@code answers[ID]}; the form names its input {@code
   * qN}. A refusal that names no question of the form shows at the top of the page.
   */
  private static void showBesideQuestions(OpenSurveyView shown, Map<String, String> errors) {
    Map<String, String> unplaced = new LinkedHashMap<>(errors);
    for (QuestionView question : shown.questions()) {
      String message = unplaced.remove("answers[" + question.id() + "]");
      if (message != null) {
        FieldMessages.showBeside(FORM, "q" + question.number(), message + ".");
      }
    }
    unplaced.values().forEach(message -> FieldMessages.showOnPage(message + "."));
    if (unplaced.size() < errors.size()) {
      FieldMessages.showOnPage("Please correct the answers marked below.");
    }
  }

  private Map<String, String> nonBlank() {
    Map<String, String> given = new HashMap<>();
    answers.forEach(
        (question, answer) -> {
          if (answer != null && !answer.isBlank()) {
            given.put(question, answer);
          }
        });
    return given;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }
}
