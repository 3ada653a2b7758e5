package net.genvoice.disclosure.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.privacy.catalogue.NotPersonal;

/** P19, P23: one field a recipient may receive for one purpose. */
@Embeddable
public class RecipientField {

  @NotPersonal
  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  /**
   * The field's wire name ({@link DisclosableField#fieldName()}), as partners and seeds write it.
   */
  @NotPersonal
  @Column(name = "field_name")
  private String fieldName;

  protected RecipientField() {}

  public RecipientField(Purpose purpose, DisclosableField field) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.fieldName = field.fieldName();
  }

  public Purpose purpose() {
    return purpose;
  }

  /** The field, or empty when a row names no field of the catalogue (a bad seed). */
  public java.util.Optional<DisclosableField> field() {
    return DisclosableField.byName(fieldName);
  }

  public String fieldName() {
    return fieldName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecipientField that
        && that.purpose == purpose
        && Objects.equals(that.fieldName, fieldName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purpose, fieldName);
  }
}
