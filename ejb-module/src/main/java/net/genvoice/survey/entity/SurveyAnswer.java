package net.genvoice.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/** P14: a customer's answer to one question; a survey answer, used only inside GenVoice. */
@Embeddable
public class SurveyAnswer {

  @NotPersonal
  @Column(name = "question_id")
  private String questionId;

  @PersonalData(PiCategory.SURVEY)
  private String answer;

  protected SurveyAnswer() {}

  public SurveyAnswer(String questionId, String answer) {
    this.questionId = questionId;
    this.answer = answer;
  }

  public String questionId() {
    return questionId;
  }

  public String answer() {
    return answer;
  }
}
