package net.genvoice.credit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P21: a customer's application for credit. While it is open, a credit agency may be asked about
 * the customer; once withdrawn (closed) or decided, no more inquiries. Not cached: the policy
 * engine must see a withdrawal made on any server instance at once.
 */
@Entity
@Table(name = "credit_application")
@Cacheable(false)
@NamedQuery(
    name = CreditApplication.OF_CUSTOMER,
    query =
        "select a from CreditApplication a where a.customerId = :customer order by a.openedAt desc")
@NamedQuery(
    name = CreditApplication.COUNT_WITH_STATUS,
    query =
        "select count(a) from CreditApplication a where a.customerId = :customer"
            + " and a.status = :status")
public class CreditApplication {

  public static final String OF_CUSTOMER = "CreditApplication.ofCustomer";
  public static final String COUNT_WITH_STATUS = "CreditApplication.countWithStatus";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.CREDIT)
  @Column(name = "customer_id")
  private String customerId;

  @PersonalData(PiCategory.CREDIT)
  @Enumerated(EnumType.STRING)
  private CreditApplicationStatus status;

  @PersonalData(PiCategory.CREDIT)
  private String description;

  @PersonalData(PiCategory.CREDIT)
  @Column(name = "opened_at")
  private Instant openedAt;

  @PersonalData(PiCategory.CREDIT)
  @Column(name = "closed_at")
  private Instant closedAt;

  /** P21: "standard" (soft inquiry) or "financing" (hard inquiry); null is standard. */
  @PersonalData(PiCategory.CREDIT)
  @Column(name = "credit_terms")
  private String terms;

  @NotPersonal @Version private long version;

  protected CreditApplication() {}

  public CreditApplication(String customerId, String description, String terms, Instant openedAt) {
    this(customerId, description, openedAt);
    this.terms = terms;
  }

  public CreditApplication(String customerId, String description, Instant openedAt) {
    this.id = UUID.randomUUID().toString();
    this.customerId = customerId;
    this.description = description;
    this.status = CreditApplicationStatus.OPEN;
    this.openedAt = openedAt;
  }

  /** The customer withdraws it; nothing happens to one that is no longer open. */
  public boolean withdraw(Instant when) {
    return end(CreditApplicationStatus.CLOSED, when);
  }

  /** The credit decision was made. */
  public boolean decide(Instant when) {
    return end(CreditApplicationStatus.DECIDED, when);
  }

  private boolean end(CreditApplicationStatus newStatus, Instant when) {
    if (status != CreditApplicationStatus.OPEN) {
      return false;
    }
    status = newStatus;
    closedAt = when;
    return true;
  }

  /** P21: the credit terms applied for; only "financing" needs a hard inquiry. */
  public String terms() {
    return terms == null ? STANDARD_TERMS : terms;
  }

  public static final String STANDARD_TERMS = "standard";
  public static final String FINANCING_TERMS = "financing";

  public boolean isOpen() {
    return status == CreditApplicationStatus.OPEN;
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public CreditApplicationStatus status() {
    return status;
  }

  public String description() {
    return description;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
