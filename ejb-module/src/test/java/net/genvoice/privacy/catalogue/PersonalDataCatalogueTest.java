package net.genvoice.privacy.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.genvoice.privacy.catalogue.FakeEntities.Address;
import net.genvoice.privacy.catalogue.FakeEntities.Party;
import net.genvoice.privacy.catalogue.FakeEntities.PlainValue;
import net.genvoice.privacy.catalogue.FakeEntities.Seat;
import net.genvoice.privacy.catalogue.FakeEntities.Subscriber;
import net.genvoice.privacy.catalogue.FakeEntities.TaggedTwice;
import net.genvoice.privacy.catalogue.FakeEntities.Untagged;
import org.junit.jupiter.api.Test;

/** P02: the catalogue reads the tags correctly, so the checks and features built on it hold. */
class PersonalDataCatalogueTest {

  @Test
  void recognisesPersistentTypes() {
    assertTrue(PersonalDataCatalogue.isPersistent(Subscriber.class));
    assertTrue(PersonalDataCatalogue.isPersistent(Address.class));
    assertTrue(PersonalDataCatalogue.isPersistent(Party.class));
    assertFalse(PersonalDataCatalogue.isPersistent(PlainValue.class));
  }

  @Test
  void persistentFieldsSkipStaticTransientAndInheritNonEntityNothing() {
    List<String> names =
        PersonalDataCatalogue.persistentFields(Subscriber.class).stream()
            .map(Field::getName)
            .toList();
    assertEquals(
        List.of("id", "name", "untaggedInSuperclass", "email", "address", "version"), names);
    assertEquals(List.of(), PersonalDataCatalogue.persistentFields(PlainValue.class));
  }

  @Test
  void reportsFieldsWithoutExactlyOneTag() {
    assertEquals(
        List.of(Untagged.class.getName() + ".nickname"),
        PersonalDataCatalogue.untaggedFields(Untagged.class));
    assertEquals(
        List.of(TaggedTwice.class.getName() + ".email"),
        PersonalDataCatalogue.untaggedFields(TaggedTwice.class));
    assertEquals(
        List.of(Party.class.getName() + ".untaggedInSuperclass"),
        PersonalDataCatalogue.untaggedFields(Subscriber.class));
    assertEquals(List.of(), PersonalDataCatalogue.untaggedFields(Address.class));
    assertEquals(List.of(), PersonalDataCatalogue.untaggedFields(PlainValue.class));
  }

  @Test
  void groupsTaggedFieldsByCategory() {
    Map<PiCategory, List<String>> byCategory =
        PersonalDataCatalogue.fieldsByCategory(
            List.of(Subscriber.class, Seat.class, Address.class, PlainValue.class));

    assertEquals(Arrays.asList(PiCategory.values()), List.copyOf(byCategory.keySet()));
    assertEquals(List.of(Party.class.getName() + ".name"), byCategory.get(PiCategory.IDENTITY));
    assertEquals(
        List.of(
            Subscriber.class.getName() + ".email",
            Subscriber.class.getName() + ".address",
            Address.class.getName() + ".street",
            Address.class.getName() + ".city"),
        byCategory.get(PiCategory.CONTACT));
    assertEquals(
        List.of(Seat.class.getName() + ".owner"), byCategory.get(PiCategory.ACCOUNT_RELATIONS));
    assertEquals(List.of(), byCategory.get(PiCategory.PAYMENT));
    assertThrows(UnsupportedOperationException.class, () -> byCategory.remove(PiCategory.SURVEY));
  }

  @Test
  void anEmptyCollectionHasEveryCategoryEmpty() {
    Map<PiCategory, List<String>> byCategory = PersonalDataCatalogue.fieldsByCategory(List.of());
    assertEquals(PiCategory.values().length, byCategory.size());
    byCategory.values().forEach(fields -> assertEquals(List.of(), fields));
  }
}
