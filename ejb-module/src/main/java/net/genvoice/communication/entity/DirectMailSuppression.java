package net.genvoice.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P12: a postal address that receives no marketing letter, whoever lives there: mail the mail house
 * could not deliver, or a request made for the address. Matched by its normalised key
 * (control.PostalKeys).
 */
@Entity
@Table(name = "direct_mail_suppression")
@NamedQuery(
    name = DirectMailSuppression.BY_KEY,
    query = "select s from DirectMailSuppression s where s.addressKey = :key")
public class DirectMailSuppression {

  public static final String BY_KEY = "DirectMailSuppression.byKey";

  /** Why an address is suppressed. */
  public enum Reason {
    RETURNED_MAIL,
    REQUESTED
  }

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_key")
  private String addressKey;

  @NotPersonal private String reason;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  protected DirectMailSuppression() {}

  public DirectMailSuppression(String addressKey, Reason reason, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.addressKey = addressKey;
    this.reason = reason.name();
    this.createdAt = createdAt;
  }

  public String addressKey() {
    return addressKey;
  }

  public String reason() {
    return reason;
  }
}
