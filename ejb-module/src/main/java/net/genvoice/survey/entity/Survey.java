package net.genvoice.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P14: a survey that staff wrote: its title, introduction and questions. Questions are fixed once
 * it is written, so every response answers the same questions.
 */
@Entity
@Table(name = "survey")
@NamedQuery(name = Survey.ALL, query = "select s from Survey s order by s.createdAt desc")
@NamedQuery(
    name = Survey.WITH_STATUS,
    query = "select s from Survey s where s.status = :status order by s.createdAt desc")
public class Survey {

  public static final String ALL = "Survey.all";
  public static final String WITH_STATUS = "Survey.withStatus";

  @Id @NotPersonal private String id;

  @NotPersonal private String title;

  @NotPersonal private String introduction;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private SurveyStatus status;

  /** The staff member who wrote it. */
  @PersonalData(PiCategory.IDENTITY)
  @Column(name = "created_by")
  private String createdBy;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal @Version private long version;

  @NotPersonal
  @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  protected Survey() {}

  public Survey(String title, String introduction, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.title = title;
    this.introduction = introduction;
    this.status = SurveyStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Adds the next question; numbered 1, 2, 3... in the order they are added. */
  public SurveyQuestion ask(
      String prompt, QuestionKind kind, List<String> choices, boolean required) {
    SurveyQuestion question =
        new SurveyQuestion(this, questions.size() + 1, prompt, kind, choices, required);
    questions.add(question);
    return question;
  }

  /** Opens a draft to customers; false when it is not a draft. */
  public boolean open() {
    return moveTo(SurveyStatus.DRAFT, SurveyStatus.OPEN);
  }

  /** Closes an open survey; false when it is not open. */
  public boolean close() {
    return moveTo(SurveyStatus.OPEN, SurveyStatus.CLOSED);
  }

  private boolean moveTo(SurveyStatus from, SurveyStatus to) {
    if (status != from) {
      return false;
    }
    status = to;
    return true;
  }

  public Optional<SurveyQuestion> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String introduction() {
    return introduction;
  }

  public SurveyStatus status() {
    return status;
  }

  public boolean isOpen() {
    return status == SurveyStatus.OPEN;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<SurveyQuestion> questions() {
    return Collections.unmodifiableList(questions);
  }
}
