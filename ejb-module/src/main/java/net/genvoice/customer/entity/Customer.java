package net.genvoice.customer.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
 * P01: a customer account. A customer may pay for seats: other people who are customers in their
 * own right, with their own login, linked to the paying account through {@link #payer()}.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_EMAIL, query = "select c from Customer c where c.email = :email")
@NamedQuery(
    name = Customer.SEATS_OF,
    query =
        "select c from Customer c where c.payer = :payer and c.status = :status order by c.name")
public class Customer {

  public static final String BY_EMAIL = "Customer.byEmail";
  public static final String SEATS_OF = "Customer.seatsOf";

  @Id @NotPersonal private String id;

  @PersonalData(PiCategory.IDENTITY)
  private String name;

  @PersonalData(PiCategory.CONTACT)
  private String email;

  @PersonalData(PiCategory.CONTACT)
  private String phone;

  @PersonalData(PiCategory.CREDENTIALS)
  @Column(name = "password_hash")
  private String passwordHash;

  @PersonalData(PiCategory.CONTACT)
  @Embedded
  private PostalAddress address;

  @PersonalData(PiCategory.ACCOUNT_RELATIONS)
  @ManyToOne
  @JoinColumn(name = "payer_id")
  private Customer payer;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private CustomerStatus status;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal @Version private long version;

  @PersonalData(PiCategory.PAYMENT)
  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("createdAt")
  private List<PaymentMethod> paymentMethods = new ArrayList<>();

  protected Customer() {}

  public Customer(
      String name,
      String email,
      String phone,
      String passwordHash,
      PostalAddress address,
      Customer payer,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.passwordHash = passwordHash;
    this.address = address;
    this.payer = payer;
    this.status = CustomerStatus.ACTIVE;
    this.createdAt = createdAt;
  }

  /** Adds a payment method; the first one becomes the default. */
  public PaymentMethod add(PaymentMethod method) {
    method.attachTo(this, paymentMethods.isEmpty());
    paymentMethods.add(method);
    return method;
  }

  public void remove(PaymentMethod method) {
    paymentMethods.remove(method);
    if (method.isDefault() && !paymentMethods.isEmpty()) {
      paymentMethods.get(0).markDefault(true);
    }
  }

  public void chooseDefault(PaymentMethod chosen) {
    paymentMethods.forEach(method -> method.markDefault(method == chosen));
  }

  public Optional<PaymentMethod> paymentMethod(String paymentMethodId) {
    return paymentMethods.stream()
        .filter(method -> method.id().equals(paymentMethodId))
        .findFirst();
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void changePhone(String newPhone) {
    this.phone = newPhone;
  }

  public void moveTo(PostalAddress newAddress) {
    this.address = newAddress;
  }

  public void changeEmail(String newEmail) {
    this.email = newEmail;
  }

  public void close() {
    this.status = CustomerStatus.CLOSED;
  }

  public boolean isActive() {
    return status == CustomerStatus.ACTIVE;
  }

  public boolean isSeatHolder() {
    return payer != null;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public PostalAddress address() {
    return address;
  }

  public Customer payer() {
    return payer;
  }

  public CustomerStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<PaymentMethod> paymentMethods() {
    return Collections.unmodifiableList(paymentMethods);
  }
}
