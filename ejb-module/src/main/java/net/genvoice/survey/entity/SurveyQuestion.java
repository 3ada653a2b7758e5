package net.genvoice.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;

/** One question of a survey, fixed once the survey is written. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

  /** Choices are kept in one column, one per line; a choice never holds a line break. */
  static final String CHOICE_SEPARATOR = "\n";

  @Id @NotPersonal private String id;

  @NotPersonal
  @ManyToOne
  @JoinColumn(name = "survey_id")
  private Survey survey;

  @NotPersonal
  @Column(name = "question_no")
  private int position;

  @NotPersonal private String prompt;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private QuestionKind kind;

  @NotPersonal private String choices;

  @NotPersonal private boolean required;

  protected SurveyQuestion() {}

  SurveyQuestion(
      Survey survey,
      int position,
      String prompt,
      QuestionKind kind,
      List<String> choices,
      boolean required) {
    this.id = UUID.randomUUID().toString();
    this.survey = survey;
    this.position = position;
    this.prompt = prompt;
    this.kind = kind;
    this.choices = choices.isEmpty() ? null : String.join(CHOICE_SEPARATOR, choices);
    this.required = required;
  }

  /**
   * Why the answer is refused, or empty when it is accepted: a blank answer is refused only for a
   * required question.
   */
  public Optional<String> problemWith(String answer) {
    if (answer == null || answer.isBlank()) {
      return required ? Optional.of("Answer this question") : Optional.empty();
    }
    return kind.problemWith(answer.strip(), choices());
  }

  public String id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String prompt() {
    return prompt;
  }

  public QuestionKind kind() {
    return kind;
  }

  public List<String> choices() {
    return choices == null ? List.of() : Arrays.asList(choices.split(CHOICE_SEPARATOR));
  }

  public boolean isRequired() {
    return required;
  }
}
