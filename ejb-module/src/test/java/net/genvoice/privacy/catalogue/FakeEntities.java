package net.genvoice.privacy.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/** Test-only persistent classes that exercise {@link PersonalDataCatalogue}; never deployed. */
final class FakeEntities {

  private FakeEntities() {}

  @Entity
  static class Untagged {
    @Id @NotPersonal Long id;

    @PersonalData(PiCategory.IDENTITY)
    String name;

    String nickname;
  }

  @Entity
  static class TaggedTwice {
    @Id @NotPersonal Long id;

    @NotPersonal
    @PersonalData(PiCategory.CONTACT)
    String email;
  }

  @MappedSuperclass
  abstract static class Party {
    @Id @NotPersonal Long id;

    @PersonalData(PiCategory.IDENTITY)
    String name;

    String untaggedInSuperclass;
  }

  @Entity
  static class Subscriber extends Party {
    static final String NOT_A_FIELD_OF_THE_TABLE = "static";

    @PersonalData(PiCategory.CONTACT)
    String email;

    @PersonalData(PiCategory.CONTACT)
    Address address;

    @NotPersonal int version;

    transient String cache;

    @Transient String computed;
  }

  @Entity
  static class Seat extends Party {
    @PersonalData(PiCategory.ACCOUNT_RELATIONS)
    Subscriber owner;
  }

  @Embeddable
  static class Address {
    @PersonalData(PiCategory.CONTACT)
    String street;

    @PersonalData(PiCategory.CONTACT)
    String city;

    @NotPersonal String countryIso2;
  }

  /** Not persistent: its fields are nobody's business of the catalogue. */
  static class PlainValue {
    String anything;
  }
}
