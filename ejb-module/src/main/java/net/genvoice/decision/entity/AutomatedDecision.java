package net.genvoice.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P22: one automated decision, recorded with its inputs (field names, never values), the partner's
 * score and reasons, the rule that decided ({@code method}), its outcome, and the release that sent
 * the inputs. Written once, never changed.
 */
@Entity
@Table(name = "automated_decision")
@NamedQuery(
    name = AutomatedDecision.BY_REF,
    query =
        "select d from AutomatedDecision d where d.subjectRef = :ref and d.kind = :kind"
            + " order by d.decidedAt desc")
@NamedQuery(
    name = AutomatedDecision.OF_SUBJECT,
    query =
        "select d from AutomatedDecision d where d.subjectId = :subject"
            + " order by d.decidedAt desc, d.id")
@NamedQuery(
    name = AutomatedDecision.BY_OUTCOME,
    query =
        "select d from AutomatedDecision d where d.kind = :kind and d.outcome = :outcome"
            + " order by d.decidedAt desc, d.id")
public class AutomatedDecision {

  public static final String BY_REF = "AutomatedDecision.byRef";
  public static final String OF_SUBJECT = "AutomatedDecision.ofSubject";
  public static final String BY_OUTCOME = "AutomatedDecision.byOutcome";
  public static final String AUTOMATED = "automated";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @Column(name = "subject_id")
  private String subjectId;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private DecisionKind kind;

  @NotPersonal
  @Column(name = "subject_ref")
  private String subjectRef;

  @PersonalData(PiCategory.CREDIT)
  @Enumerated(EnumType.STRING)
  private DecisionOutcome outcome;

  @PersonalData(PiCategory.CREDIT)
  private Integer score;

  @PersonalData(PiCategory.CREDIT)
  private String reasons;

  @NotPersonal private String inputs;

  @NotPersonal private String method;

  @NotPersonal
  @Column(name = "partner_ref")
  private String partnerRef;

  @NotPersonal
  @Column(name = "release_id")
  private String releaseId;

  @NotPersonal
  @Column(name = "decided_by")
  private String decidedBy;

  @NotPersonal
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected AutomatedDecision() {}

  /** The facts of a decision, as the deciding code states them. */
  public record Facts(
      String subjectId,
      DecisionKind kind,
      String subjectRef,
      DecisionOutcome outcome,
      Integer score,
      List<String> reasons,
      List<String> inputs,
      String method,
      String partnerRef,
      String releaseId) {}

  public AutomatedDecision(Facts facts, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.subjectId = facts.subjectId();
    this.kind = facts.kind();
    this.subjectRef = facts.subjectRef();
    this.outcome = facts.outcome();
    this.score = facts.score();
    this.reasons = String.join("\n", facts.reasons());
    this.inputs = String.join(",", facts.inputs());
    this.method = facts.method();
    this.partnerRef = facts.partnerRef();
    this.releaseId = facts.releaseId();
    this.decidedBy = AUTOMATED;
    this.decidedAt = at;
  }

  public String id() {
    return id;
  }

  public DecisionKind kind() {
    return kind;
  }

  public String subjectId() {
    return subjectId;
  }

  /** What the decision was about: a credit application's id, "sign-up", "payment-method". */
  public String subjectRef() {
    return subjectRef;
  }

  /** The partner's own reference of what it answered (an inquiry or screening id). */
  public String partnerRef() {
    return partnerRef;
  }

  public DecisionOutcome outcome() {
    return outcome;
  }

  public Integer score() {
    return score;
  }

  public List<String> reasons() {
    return reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split("\n"));
  }

  public List<String> inputs() {
    return inputs.isEmpty() ? List.of() : List.of(inputs.split(","));
  }

  public String method() {
    return method;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String releaseId() {
    return releaseId;
  }
}
