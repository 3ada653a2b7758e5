package net.genvoice.disclosure.legal.boundary;

import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.disclosure.boundary.DisclosureLedger;
import net.genvoice.disclosure.boundary.DisclosureView;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.persistence.Database;
import net.genvoice.testing.DatabaseRows;
import net.genvoice.testing.Deployments;
import net.genvoice.testing.RegistryRows;
import net.genvoice.testing.SignUps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P18: legal requests fulfilled as exports through the engine and the ledger; a request without its
 * reference or authority refused with nothing written and the attempt recorded as a denial; the
 * customer's view of the ledger, where a non-disclosure order hides a release until its end.
 */
@ExtendWith(ArquillianExtension.class)
class LegalRequestsIT {

  private static final String OFFICER = "officer-2";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "legal-requests-it", SignUps.class, DatabaseRows.class, RegistryRows.class);
  }

  @EJB LegalRequests legalRequests;
  @EJB DisclosureLedger ledger;
  @EJB Disclosures disclosures;
  @EJB Customers customers;
  @EJB Database database;

  DatabaseRows db;
  RegistryRows registry;
  String customer;
  String court;
  int signedUp;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
    registry = new RegistryRows(db);
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Subpoena"))).id();
    signedUp = ledger.entriesOf(customer).size(); // P20: the sign-up's tokenisation, recorded
    court =
        registry.register(
            "court",
            RecipientKind.COURT_OR_LAW_ENFORCEMENT,
            Map.of(
                Purpose.COMPLY_WITH_LAW,
                Set.of(
                    DisclosableField.CUSTOMER_NAME,
                    DisclosableField.CUSTOMER_EMAIL,
                    DisclosableField.CUSTOMER_ADDRESS)));
  }

  @Test
  void aFulfilledOrderIsAnExportOfThePermittedFieldsRecordedInTheLedger() {
    LegalRequestView recorded =
        legalRequests.record(
            OFFICER, order("Case 2026-0042", List.of("IDENTITY", "PAYMENT"), null));
    assertEquals("RECORDED", recorded.status());

    LegalExportView export = legalRequests.fulfil(OFFICER, recorded.id());

    SubjectExportView part = export.subjects().get(0);
    assertTrue(part.released(), part.toString());
    assertEquals(
        Set.of("customer.name"), part.fields().keySet(), "IDENTITY within the court's set");
    assertEquals("Ada Lovelace", part.fields().get("customer.name"));
    Map<String, Object> release =
        db.single("SELECT * FROM disclosure_ledger_entry WHERE id = ?", part.releaseId());
    assertEquals("RELEASE", release.get("entry_type"));
    assertEquals("COMPLY_WITH_LAW", release.get("purpose"));
    assertEquals("LEGAL_OBLIGATION", release.get("legal_basis"));
    assertEquals("Case 2026-0042", release.get("legal_reference"));
    assertEquals("Test court", release.get("issuing_authority"));
    assertEquals(recorded.id(), release.get("request_id"));
    assertEquals(
        "SUCCEEDED",
        db.single(
                "SELECT outcome FROM disclosure_ledger_entry WHERE release_id = ?",
                part.releaseId())
            .get("outcome"));
    assertTrue(ledger.verify(customer).intact());
    assertEquals("FULFILLED", legalRequests.find(recorded.id()).status());
    assertThrows(
        LegalRequestFulfilledException.class, () -> legalRequests.fulfil(OFFICER, recorded.id()));

    List<DisclosureView> seen = toCourt();
    assertEquals(1, seen.size(), "no order of non-disclosure: the customer sees it");
    assertEquals("Test court", seen.get(0).recipientName());
    assertEquals("COMPLY_WITH_LAW", seen.get(0).purpose());
    assertEquals(List.of("customer.name"), seen.get(0).fields());
    assertEquals("SUCCEEDED", seen.get(0).outcome());
  }

  /**
   * What the customer sees of releases to the court (the sign-up's own card tokenisation aside).
   */
  private List<DisclosureView> toCourt() {
    return ledger.disclosuresOf(customer).stream()
        .filter(view -> court.equals(view.recipientId()))
        .toList();
  }

  @Test
  void aNonDisclosureOrderHidesTheReleaseUntilItsEndDate() {
    LegalRequestView running =
        legalRequests.record(OFFICER, order("Order 7", List.of("CONTACT"), TODAY.plusDays(30)));
    LegalRequestView ended =
        new LegalRequestCommandBuilder(court, customer)
            .issued(TODAY.minusDays(60))
            .until(TODAY.minusDays(1))
            .record(legalRequests, OFFICER);

    legalRequests.fulfil(OFFICER, running.id());
    legalRequests.fulfil(OFFICER, ended.id());

    List<DisclosureView> seen = toCourt();
    assertEquals(1, seen.size(), "only the release whose order has ended: " + seen);
    assertEquals("Order 8", seen.get(0).reference());
    assertEquals(
        signedUp + 4,
        ledger.entriesOf(customer).size(),
        "two releases, two outcomes, all recorded");
  }

  @Test
  void denialsAreForTheAuditNotShownToTheCustomer() {
    disclosures.authorize(
        new ReleaseCommand(
            customer,
            court,
            Purpose.SALE,
            LegalBasis.CONSENT,
            Set.of(DisclosableField.CUSTOMER_NAME),
            null,
            null,
            null));
    assertEquals(List.of(), toCourt());
    assertEquals(signedUp + 1, ledger.entriesOf(customer).size());
  }

  @Test
  void anOrderWithoutReferenceOrAuthorityIsRefusedAndTheAttemptRecordedAsADenial() {
    long requests = db.countAll("legal_request");

    InvalidInputException noReference =
        assertThrows(
            InvalidInputException.class,
            () -> legalRequests.record(OFFICER, order(" ", List.of("IDENTITY"), null)));
    assertTrue(noReference.fieldErrors().containsKey("reference"));
    InvalidInputException noAuthority =
        assertThrows(
            InvalidInputException.class,
            () ->
                legalRequests.record(
                    OFFICER,
                    new LegalRequestCommand(
                        "SUBPOENA",
                        null,
                        "Case 9",
                        TODAY,
                        List.of(customer),
                        List.of("IDENTITY"),
                        null)));
    assertTrue(noAuthority.fieldErrors().containsKey("authorityId"));

    assertEquals(requests, db.countAll("legal_request"), "nothing written");
    List<Map<String, Object>> denials =
        db.query(
            "SELECT reason_code FROM disclosure_ledger_entry WHERE subject_id = ?"
                + " AND entry_type = 'DENIAL' ORDER BY seq_no",
            customer);
    assertEquals(
        List.of("reference-missing", "unknown-recipient"),
        denials.stream().map(row -> row.get("reason_code")).toList());
    assertTrue(ledger.verify(customer).intact());
  }

  @Test
  void otherBadInputIsRefusedFieldByField() {
    long entries = db.countAll("disclosure_ledger_entry");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                legalRequests.record(
                    OFFICER,
                    new LegalRequestCommand(
                        "LETTER",
                        court,
                        "Case 10",
                        TODAY.plusDays(1),
                        List.of("no-such-customer"),
                        List.of("SURVEY", "HOROSCOPE"),
                        TODAY.minusDays(5))));
    assertEquals(
        Set.of("kind", "issuedOn", "subjects", "dataCategories", "nonDisclosureUntil"),
        refused.fieldErrors().keySet());
    assertEquals(entries, db.countAll("disclosure_ledger_entry"), "reference and authority given");
  }

  private LegalRequestCommand order(String reference, List<String> categories, LocalDate until) {
    return new LegalRequestCommand(
        "COURT_ORDER", court, reference, TODAY, List.of(customer), categories, until);
  }

  /** An order with reference "Order 8" and the dates given. */
  private record LegalRequestCommandBuilder(
      String court, String customer, LocalDate issuedOn, LocalDate until) {
    LegalRequestCommandBuilder(String court, String customer) {
      this(court, customer, null, null);
    }

    LegalRequestCommandBuilder issued(LocalDate day) {
      return new LegalRequestCommandBuilder(court, customer, day, until);
    }

    LegalRequestCommandBuilder until(LocalDate day) {
      return new LegalRequestCommandBuilder(court, customer, issuedOn, day);
    }

    LegalRequestView record(LegalRequests legalRequests, String officer) {
      return legalRequests.record(
          officer,
          new LegalRequestCommand(
              "SUBPOENA",
              court,
              "Order 8",
              issuedOn,
              List.of(customer),
              List.of("IDENTITY"),
              until));
    }
  }
}
