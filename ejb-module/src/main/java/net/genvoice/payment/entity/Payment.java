package net.genvoice.payment.entity;

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
 * P10: a one-off payment through the customer's payment method, such as topping up call credit. Its
 * id is the root of the idempotency keys sent to the provider, so no retry charges twice.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = Payment.OF_CUSTOMER,
    query = "select p from Payment p where p.customerId = :customer order by p.createdAt desc")
public class Payment {

  public static final String OF_CUSTOMER = "Payment.ofCustomer";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @Column(name = "customer_id")
  private String customerId;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @Column(name = "payment_method_id")
  private String paymentMethodId;

  @PersonalData(PiCategory.BILLING)
  @Column(name = "amount_minor")
  private long amountMinor;

  @NotPersonal private String currency;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private PaymentStatus status;

  @PersonalData(PiCategory.BILLING)
  @Column(name = "authorization_id")
  private String authorizationId;

  @PersonalData(PiCategory.BILLING)
  @Column(name = "charge_id")
  private String chargeId;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal @Version private long version;

  protected Payment() {}

  public Payment(
      String customerId, String paymentMethodId, long amountMinor, String currency, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.customerId = customerId;
    this.paymentMethodId = paymentMethodId;
    this.amountMinor = amountMinor;
    this.currency = currency;
    this.createdAt = at;
  }

  public void authorized(String providerAuthorizationId) {
    this.authorizationId = providerAuthorizationId;
    this.status = PaymentStatus.AUTHORIZED;
  }

  public void captured(String providerChargeId) {
    this.chargeId = providerChargeId;
    this.status = PaymentStatus.CAPTURED;
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public String paymentMethodId() {
    return paymentMethodId;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public String currency() {
    return currency;
  }

  public PaymentStatus status() {
    return status;
  }

  public String authorizationId() {
    return authorizationId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
