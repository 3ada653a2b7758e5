package net.genvoice.survey.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P14: one customer's answers to one survey. Every response is marked internal-only: the mark is
 * set here and nowhere cleared (the table's check constraint refuses anything else), its answers
 * are personal information of the category {@link PiCategory#SURVEY}, and a release can name them
 * only as {@link DisclosableField#SURVEY_ANSWERS}, which the policy engine refuses to anyone
 * outside GenVoice.
 */
@Entity
@Table(name = "survey_response")
@NamedQuery(
    name = SurveyResponse.OF_CUSTOMER,
    query = "select r from SurveyResponse r where r.customerId = :customer order by r.submittedAt")
@NamedQuery(
    name = SurveyResponse.COUNT_PER_SURVEY,
    query = "select r.surveyId, count(r) from SurveyResponse r group by r.surveyId")
@NamedQuery(
    name = SurveyResponse.OF_CUSTOMER_FOR,
    query =
        "select count(r) from SurveyResponse r where r.customerId = :customer"
            + " and r.surveyId = :survey")
public class SurveyResponse {

  public static final String OF_CUSTOMER = "SurveyResponse.ofCustomer";
  public static final String COUNT_PER_SURVEY = "SurveyResponse.countPerSurvey";
  public static final String OF_CUSTOMER_FOR = "SurveyResponse.ofCustomerFor";

  /** P14: the one name under which a release could ever ask for survey answers. */
  public static final DisclosableField DISCLOSED_AS = DisclosableField.SURVEY_ANSWERS;

  @Id @NotPersonal private String id;

  @NotPersonal
  @Column(name = "survey_id")
  private String surveyId;

  @PersonalData(PiCategory.SURVEY)
  @Column(name = "customer_id")
  private String customerId;

  @PersonalData(PiCategory.SURVEY)
  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** P14: always true; the mark that keeps the answers inside GenVoice. */
  @NotPersonal
  @Column(name = "internal_only")
  private boolean internalOnly;

  @PersonalData(PiCategory.SURVEY)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
  private List<SurveyAnswer> answers = new ArrayList<>();

  protected SurveyResponse() {}

  public SurveyResponse(
      String surveyId, String customerId, List<SurveyAnswer> answers, Instant submittedAt) {
    this.id = UUID.randomUUID().toString();
    this.surveyId = surveyId;
    this.customerId = customerId;
    this.answers = new ArrayList<>(answers);
    this.submittedAt = submittedAt;
    this.internalOnly = true; // P14
  }

  public String id() {
    return id;
  }

  public String surveyId() {
    return surveyId;
  }

  public String customerId() {
    return customerId;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean isInternalOnly() {
    return internalOnly;
  }

  public List<SurveyAnswer> answers() {
    return Collections.unmodifiableList(answers);
  }
}
