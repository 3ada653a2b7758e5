package net.genvoice.disclosure.registry.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P14, P15, P19, P23: the compliance officer's registry: every change audited with before and
 * after, effective at the next decision; bad input refused field by field with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class RecipientsIT {

  private static final String OFFICER = "officer-1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("recipients-it", SignUps.class, DatabaseRows.class);
  }

  @EJB Recipients recipients;
  @EJB Disclosures disclosures;
  @EJB Customers customers;
  @EJB Database database;

  DatabaseRows db;
  String customer;
  String id;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Registry"))).id();
    id = "directory-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void createChangeDeactivateAreAuditedAndDecideAtOnce() {
    assertEquals("unknown-recipient", perform(DisclosableField.CUSTOMER_NAME).reasonCode());

    RecipientView created =
        recipients.create(
            OFFICER,
            new RecipientCommand(
                id,
                "Directory Co",
                "BUSINESS_AFFILIATE",
                "AGR-7",
                Map.of("PERFORM_SERVICE", List.of("customer.name"))));

    assertTrue(created.active());
    assertEquals(Map.of("PERFORM_SERVICE", List.of("customer.name")), created.purposes());
    assertTrue(perform(DisclosableField.CUSTOMER_NAME).permitted(), "permitted at once");
    assertEquals("field-not-allowed", perform(DisclosableField.CUSTOMER_PHONE).reasonCode());

    recipients.change(
        OFFICER,
        id,
        new RecipientChangeCommand(
            null, null, Map.of("PERFORM_SERVICE", List.of("customer.name", "customer.phone"))));
    assertTrue(perform(DisclosableField.CUSTOMER_PHONE).permitted(), "the change at once");

    recipients.deactivate(OFFICER, id);
    assertEquals("unknown-recipient", perform(DisclosableField.CUSTOMER_NAME).reasonCode());

    List<RecipientAuditView> history = recipients.history(id);
    assertEquals(
        List.of("CREATED", "CHANGED", "DEACTIVATED"),
        history.stream().map(RecipientAuditView::action).toList());
    assertEquals(List.of(1, 2, 3), history.stream().map(RecipientAuditView::sequence).toList());
    assertNull(history.get(0).before());
    assertTrue(history.get(1).before().contains("[\"customer.name\"]"), history.get(1).before());
    assertTrue(
        history.get(1).after().contains("[\"customer.name\",\"customer.phone\"]"),
        history.get(1).after());
    assertTrue(history.get(2).after().contains("\"active\":false"));
    history.forEach(entry -> assertEquals(OFFICER, entry.changedBy()));
    assertEquals(3, db.count("SELECT COUNT(*) FROM recipient_audit WHERE recipient_id = ?", id));
    assertFalse(recipients.find(id).active());
  }

  @Test
  void aHistoryReadsInTheOrderOfItsChangesEvenWithinOneTickOfTheClock() {
    recipients.create(
        OFFICER,
        new RecipientCommand(
            id,
            "Name 0",
            "BUSINESS_AFFILIATE",
            "AGR-8",
            Map.of("PERFORM_SERVICE", List.of("customer.name"))));
    for (int i = 1; i <= 12; i++) {
      recipients.change(OFFICER, id, new RecipientChangeCommand("Name " + i, null, null));
    }

    List<RecipientAuditView> history = recipients.history(id);
    assertEquals(13, history.size());
    for (int i = 0; i < history.size(); i++) {
      assertEquals(i + 1, history.get(i).sequence());
      assertTrue(
          history.get(i).after().contains("\"name\":\"Name " + i + "\""), history.get(i).after());
    }
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWritesNothing() {
    long audits = db.countAll("recipient_audit");
    long version = version();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                recipients.create(
                    OFFICER,
                    new RecipientCommand(
                        "Bad Id!",
                        " ",
                        "BUSINESS_AFFILIATE",
                        null,
                        Map.of(
                            "SALE", List.of("customer.name"),
                            "CREDIT_INQUIRY", List.of("customer.name"),
                            "PERFORM_SERVICE", List.of("survey.answers", "customer.shoeSize"),
                            "GOSSIP", List.of("customer.name")))));

    Map<String, String> errors = refused.fieldErrors();
    assertEquals(
        Set.of(
            "id",
            "name",
            "agreementReference",
            "purposes.SALE",
            "purposes.CREDIT_INQUIRY",
            "purposes.PERFORM_SERVICE",
            "purposes.GOSSIP"),
        errors.keySet());
    assertTrue(errors.get("purposes.SALE").contains("P15"));
    assertTrue(errors.get("purposes.PERFORM_SERVICE").contains("P14"));

    InvalidInputException unknownKind =
        assertThrows(
            InvalidInputException.class,
            () ->
                recipients.create(
                    OFFICER,
                    new RecipientCommand(
                        id, "X", "DATA_BROKER", "AGR", Map.of("PERFORM_SERVICE", List.of()))));
    assertEquals(Set.of("kind", "purposes.PERFORM_SERVICE"), unknownKind.fieldErrors().keySet());

    assertEquals(0, db.count("SELECT COUNT(*) FROM recipient WHERE id = ?", id));
    assertEquals(audits, db.countAll("recipient_audit"), "nothing audited");
    assertEquals(version, version(), "the registry did not change");
  }

  @Test
  void aChangeThatBreaksARuleLeavesTheEntryAsItWas() {
    recipients.create(
        OFFICER,
        new RecipientCommand(
            id,
            "Card Co",
            "PAYMENT_PROVIDER",
            "AGR-1",
            Map.of("VERIFY_PAYMENT_METHOD", List.of("paymentMethod.token"))));

    assertThrows(
        InvalidInputException.class,
        () ->
            recipients.change(
                OFFICER,
                id,
                new RecipientChangeCommand(
                    "Card Co 2", null, Map.of("THIRD_PARTY_MARKETING", List.of("customer.name")))));

    RecipientView unchanged = recipients.find(id);
    assertEquals("Card Co", unchanged.name());
    assertEquals(
        Map.of("VERIFY_PAYMENT_METHOD", List.of("paymentMethod.token")), unchanged.purposes());
    assertEquals(1, recipients.history(id).size());
  }

  private Release perform(DisclosableField field) {
    return disclosures.authorize(
        new ReleaseCommand(
            customer,
            id,
            Purpose.PERFORM_SERVICE,
            LegalBasis.SERVICE_NECESSITY,
            Set.of(field),
            null,
            null,
            null));
  }

  private long version() {
    return ((Number) db.single("SELECT version FROM registry_version WHERE id = 1").get("version"))
        .longValue();
  }
}
