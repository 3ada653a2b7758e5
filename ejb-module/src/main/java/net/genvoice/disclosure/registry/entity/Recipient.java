package net.genvoice.disclosure.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.privacy.catalogue.NotPersonal;

/**
 * P23: a party of the recipient registry. Never cached beyond one transaction ({@code
 * Cacheable(false)}): another server instance sharing the database may change it.
 */
@Entity
@Table(name = "recipient")
@Cacheable(false)
@NamedQuery(name = Recipient.ALL, query = "select r from Recipient r order by r.id")
public class Recipient {

  public static final String ALL = "Recipient.all";

  @Id @NotPersonal private String id;

  @NotPersonal private String name;

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private RecipientKind kind;

  @NotPersonal
  @Column(name = "agreement_reference")
  private String agreementReference;

  @NotPersonal private boolean active;

  @NotPersonal
  @Column(name = "created_at")
  private Instant createdAt;

  @NotPersonal
  @Column(name = "changed_at")
  private Instant changedAt;

  @NotPersonal @Version private long version;

  @NotPersonal
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recipient_field", joinColumns = @JoinColumn(name = "recipient_id"))
  private Set<RecipientField> fields = new HashSet<>();

  protected Recipient() {}

  public Recipient(
      String id, String name, RecipientKind kind, String agreementReference, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.agreementReference = agreementReference;
    this.active = true;
    this.createdAt = createdAt;
    this.changedAt = createdAt;
  }

  /** Replaces name, agreement and every purpose's fields at once. */
  public void change(
      String newName, String newAgreementReference, Map<Purpose, FieldSet> allowed, Instant when) {
    this.name = newName;
    this.agreementReference = newAgreementReference;
    Set<RecipientField> replaced = new HashSet<>();
    allowed.forEach(
        (purpose, set) -> set.toSet().forEach(f -> replaced.add(new RecipientField(purpose, f))));
    this.fields.retainAll(replaced);
    this.fields.addAll(replaced);
    this.changedAt = when;
  }

  public void deactivate(Instant when) {
    this.active = false;
    this.changedAt = when;
  }

  /** Per purpose the fields this recipient may receive; rows naming unknown fields are skipped. */
  public Map<Purpose, FieldSet> allowedFields() {
    Map<Purpose, Set<DisclosableField>> byPurpose = new EnumMap<>(Purpose.class);
    for (RecipientField row : fields) {
      row.field()
          .ifPresent(
              field -> byPurpose.computeIfAbsent(row.purpose(), p -> new HashSet<>()).add(field));
    }
    Map<Purpose, FieldSet> allowed = new EnumMap<>(Purpose.class);
    byPurpose.forEach((purpose, set) -> allowed.put(purpose, FieldSet.copyOf(set)));
    return Collections.unmodifiableMap(allowed);
  }

  public Collection<RecipientField> fieldRows() {
    return Collections.unmodifiableSet(fields);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public RecipientKind kind() {
    return kind;
  }

  public String agreementReference() {
    return agreementReference;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
