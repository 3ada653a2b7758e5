package net.genvoice.web.survey.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.genvoice.survey.boundary.QuestionCommand;
import net.genvoice.survey.boundary.SurveyCommand;
import net.genvoice.survey.boundary.SurveyView;
import net.genvoice.survey.boundary.Surveys;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/marketing/surveys.xhtml (P14): marketing staff write a survey of up to {@link #ROWS}
 * questions (rows left empty are skipped), open drafts and close open surveys. Refusals show beside
 * the row's input they concern.
 */
@Named
@RequestScoped
public class MarketingSurveysPage {

  static final String PAGE = "/staff/area/marketing/surveys.xhtml";
  static final String FORM = "createSurvey";
  static final int ROWS = 5;

  private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)]\\.(\\w+)");

  @EJB Surveys surveys;
  @Inject Caller caller;

  private List<SurveyView> all;
  private String title;
  private String introduction;
  private final List<QuestionRow> rows =
      new ArrayList<>(IntStream.range(0, ROWS).mapToObj(i -> new QuestionRow()).toList());

  public List<SurveyView> getAll() {
    if (all == null) {
      all = surveys.all();
    }
    return all;
  }

  public void create() {
    List<Integer> used = new ArrayList<>();
    List<QuestionCommand> questions = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      QuestionRow row = rows.get(i);
      if (!row.isBlank()) {
        used.add(i);
        questions.add(
            new QuestionCommand(
                row.getPrompt(), row.getKind(), row.choiceList(), !row.isOptional()));
      }
    }
    try {
      surveys.create(caller.id(), new SurveyCommand(title, introduction, questions));
      PageRedirect.to(PAGE + "?saved=created");
    } catch (RuntimeException refused) {
      showBesideRows(FieldMessages.fieldsOf(refused), used);
    }
  }

  public void open() {
    act(true);
  }

  public void close() {
    act(false);
  }

  private void act(boolean open) {
    String id = PageRedirect.parameter("surveyId");
    try {
      if (open) {
        surveys.open(id);
      } else {
        surveys.close(id);
      }
      PageRedirect.to(PAGE + "?saved=" + (open ? "opened" : "closed"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  /** {@code questions[k].prompt} names the k-th question sent, which is row {@code used[k]}. */
  private static void showBesideRows(Map<String, String> errors, List<Integer> used) {
    boolean marked = false;
    for (var error : errors.entrySet()) {
      Matcher question = QUESTION_FIELD.matcher(error.getKey());
      String field =
          question.matches()
              ? "row" + used.get(Integer.parseInt(question.group(1))) + "." + question.group(2)
              : error.getKey();
      marked |= FieldMessages.showBeside(FORM, field, error.getValue());
    }
    if (errors.isEmpty()) {
      FieldMessages.showOnPage("The survey could not be written.");
    } else if (marked) {
      FieldMessages.showOnPage("Please correct the fields marked below.");
    }
  }

  public String getNotice() {
    return switch (PageRedirect.parameter("saved")) {
      case "created" -> "The survey has been written as a draft. Open it when it is ready.";
      case "opened" -> "The survey is open: customers who agreed to take part can answer it.";
      case "closed" -> "The survey is closed; it takes no more answers.";
      default -> "";
    };
  }

  public List<QuestionRow> getRows() {
    return rows;
  }

  public List<String> getKinds() {
    return List.of("TEXT", "RATING", "CHOICE");
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }
}
