package net.genvoice.web.survey.pages;

import java.util.Arrays;
import java.util.List;

/**
 * One question row of the survey form: its prompt, kind, choices (one per line) and whether
 * optional.
 */
public class QuestionRow {

  private String prompt;
  private String kind = "TEXT";
  private String choices;
  private boolean optional;

  /** A row left empty is not a question. */
  boolean isBlank() {
    return (prompt == null || prompt.isBlank()) && (choices == null || choices.isBlank());
  }

  List<String> choiceList() {
    return choices == null || choices.isBlank()
        ? List.of()
        : Arrays.stream(choices.split("\\R")).filter(line -> !line.isBlank()).toList();
  }

  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = prompt;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }

  public boolean isOptional() {
    return optional;
  }

  public void setOptional(boolean optional) {
    this.optional = optional;
  }
}
