package net.genvoice.disclosure.control;

import static net.genvoice.disclosure.control.SampleRegistry.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.privacy.catalogue.PiCategory;
import org.junit.jupiter.api.Test;

/** P23: the registry as the engine reads it. */
class RegistrySnapshotTest {

  @Test
  void findsEachRecipientAndItsFieldsPerPurpose() {
    RegistrySnapshot snapshot = SampleRegistry.snapshot();

    assertEquals(SampleRegistry.registrations().size(), snapshot.size());
    assertEquals(
        RecipientKind.BUSINESS_AFFILIATE,
        snapshot.registration("affiliate-1").orElseThrow().kind());
    assertEquals(
        fields("customer.name customer.phone"),
        snapshot.allowedFields("affiliate-1", Purpose.PERFORM_SERVICE));
    assertEquals(
        Set.of(PiCategory.IDENTITY, PiCategory.CONTACT, PiCategory.GOVERNMENT_ID),
        snapshot.registration("credit-1").orElseThrow().categoriesFor(Purpose.CREDIT_INQUIRY));
  }

  @Test
  void anUnknownRecipientOrUnregisteredPurposeAllowsNothing() {
    RegistrySnapshot snapshot = SampleRegistry.snapshot();

    assertTrue(snapshot.registration("stranger").isEmpty());
    assertTrue(snapshot.registration(null).isEmpty());
    assertSame(FieldSet.EMPTY, snapshot.allowedFields("stranger", Purpose.PERFORM_SERVICE));
    assertSame(FieldSet.EMPTY, snapshot.allowedFields("pay-1", Purpose.PREVENT_FRAUD));
  }

  @Test
  void changingTheRegistrationsItWasBuiltFromChangesNothing() {
    List<RecipientRegistration> registrations = new ArrayList<>(SampleRegistry.registrations());
    RegistrySnapshot snapshot = RegistrySnapshot.of(registrations);

    registrations.clear();

    assertEquals(SampleRegistry.registrations().size(), snapshot.size());
    assertTrue(snapshot.registration("ops-1").isPresent());
  }

  @Test
  void refusesTwoRegistrationsWithOneId() {
    RecipientRegistration ops = SampleRegistry.registrations().get(4);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> RegistrySnapshot.of(List.of(ops, ops)));
    assertEquals("Recipient registered twice: ops-1", refused.getMessage());
  }

  @Test
  void aRegistrationCannotBeChangedAfterwards() {
    Map<Purpose, FieldSet> allowed = new java.util.EnumMap<>(Purpose.class);
    allowed.put(Purpose.OPERATE_SERVICE, fields("customer.email"));
    RecipientRegistration registration =
        new RecipientRegistration(
            "ops-2", "Hosting", RecipientKind.SERVICE_PROVIDER, "AGR-2", allowed);

    allowed.put(Purpose.COMPLETE_REQUESTED_TRANSACTION, fields("customer.name"));

    assertEquals(Set.of(Purpose.OPERATE_SERVICE), registration.allowedFields().keySet());
    assertThrows(
        UnsupportedOperationException.class,
        () -> registration.allowedFields().put(Purpose.OPERATE_SERVICE, FieldSet.EMPTY));
  }
}
