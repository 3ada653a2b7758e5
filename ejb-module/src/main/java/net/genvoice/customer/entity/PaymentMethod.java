package net.genvoice.customer.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import net.genvoice.privacy.catalogue.NotPersonal;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P03: a payment method as GenVoice keeps it: for a card only the provider's token, brand, last
 * four digits, expiry and billing address (never the number or the CVV); for PayPal the account's
 * email.
 */
@Entity
@Table(name = "payment_method")
public class PaymentMethod {

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private PaymentMethodKind kind;

  @PersonalData(PiCategory.PAYMENT)
  @Column(name = "provider_token")
  private String providerToken;

  @PersonalData(PiCategory.PAYMENT)
  @Enumerated(EnumType.STRING)
  @Column(name = "card_brand")
  private CardBrand cardBrand;

  @PersonalData(PiCategory.PAYMENT)
  @Column(name = "card_last4")
  private String cardLast4;

  @PersonalData(PiCategory.PAYMENT)
  @Column(name = "expiry_month")
  private Integer expiryMonth;

  @PersonalData(PiCategory.PAYMENT)
  @Column(name = "expiry_year")
  private Integer expiryYear;

  @PersonalData(PiCategory.PAYMENT)
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1")),
    @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
    @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  })
  private PostalAddress billingAddress;

  @PersonalData(PiCategory.PAYMENT)
  @Column(name = "paypal_email")
  private String paypalEmail;

  @NotPersonal
  @Column(name = "is_default")
  private boolean isDefault;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  protected PaymentMethod() {}

  private PaymentMethod(PaymentMethodKind kind, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.createdAt = createdAt;
  }

  public static PaymentMethod card(
      String providerToken,
      CardBrand brand,
      String last4,
      int expiryMonth,
      int expiryYear,
      PostalAddress billingAddress,
      Instant createdAt) {
    PaymentMethod method = new PaymentMethod(PaymentMethodKind.CARD, createdAt);
    method.providerToken = providerToken;
    method.cardBrand = brand;
    method.cardLast4 = last4;
    method.expiryMonth = expiryMonth;
    method.expiryYear = expiryYear;
    method.billingAddress = billingAddress;
    return method;
  }

  public static PaymentMethod payPal(String email, Instant createdAt) {
    PaymentMethod method = new PaymentMethod(PaymentMethodKind.PAYPAL, createdAt);
    method.paypalEmail = email;
    return method;
  }

  void attachTo(Customer owner, boolean asDefault) {
    this.customer = owner;
    this.isDefault = asDefault;
  }

  void markDefault(boolean value) {
    this.isDefault = value;
  }

  public String id() {
    return id;
  }

  public PaymentMethodKind kind() {
    return kind;
  }

  public String providerToken() {
    return providerToken;
  }

  public CardBrand cardBrand() {
    return cardBrand;
  }

  public String cardLast4() {
    return cardLast4;
  }

  public Integer expiryMonth() {
    return expiryMonth;
  }

  public Integer expiryYear() {
    return expiryYear;
  }

  public PostalAddress billingAddress() {
    return billingAddress;
  }

  public String paypalEmail() {
    return paypalEmail;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
