package net.genvoice.communication.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * P12: a number of the latest national do-not-call registry import. Written in bulk by the import
 * (SQL), read one at a time by the check made when a call is placed.
 */
@Entity
@Cacheable(false)
@Table(name = "national_registry_number")
public class NationalRegistryNumber {

  @Id
  @PersonalData(PiCategory.CONTACT)
  private String phone;

  protected NationalRegistryNumber() {}

  public String phone() {
    return phone;
  }
}
