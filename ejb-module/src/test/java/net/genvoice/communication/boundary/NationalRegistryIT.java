package net.genvoice.communication.boundary;

import static net.genvoice.communication.boundary.MarketingCustomers.csv;
import static net.genvoice.communication.boundary.MarketingCustomers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.genvoice.communication.control.PhoneSuppressionRows;
import net.genvoice.platform.error.BusinessException;
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
 * P12: the national do-not-call registry. A deployment of its own, so that its database starts with
 * no import at all: telemarketing refuses to run without a registry, then with a stale one, and
 * runs with a fresh one. A file with any bad line imports nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NationalRegistryIT {

  private static final String STAFF = "staff-marketing-3";

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "national-registry-it", SignUps.class, DatabaseRows.class, MarketingCustomers.class);
  }

  @EJB NationalRegistryImports registry;
  @EJB Campaigns campaigns;
  @EJB Database database;

  DatabaseRows db;

  @BeforeEach
  void setUp() {
    db = new DatabaseRows(database.dataSource());
  }

  /** One test, in steps: the registry's history is the state under test. */
  @Test
  void telemarketingRunsOnlyWithAFreshRegistry() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    CampaignView calls =
        campaigns.create(STAFF, new CampaignCommand("Calls", "telemarketing", "Plans", "Hello"));
    CampaignView letters =
        campaigns.create(STAFF, new CampaignCommand("Letters", "direct-mail", "Plans", "Dear"));

    assertNull(registry.status().latest());
    assertRefused(calls, "national-registry-missing");
    assertEquals("national-registry-missing", campaigns.preview(calls.id()).blockedBy());

    String number = uniquePhone();
    RegistryImportView stale =
        registry.importFile(
            STAFF,
            today.minusDays(32).toString(),
            csv("phone_number\n" + number + "\n" + number + "\n"));
    assertEquals(1, stale.numbers());
    assertEquals(1, stale.duplicates());
    assertEquals("national-registry-stale", registry.status().problem());
    assertRefused(calls, "national-registry-stale");
    assertFalse(campaigns.preview(calls.id()).runnable());
    assertTrue(campaigns.preview(letters.id()).runnable(), "only telemarketing needs the registry");

    InvalidInputException older =
        assertThrows(
            InvalidInputException.class,
            () ->
                registry.importFile(
                    STAFF, today.minusDays(40).toString(), csv("phone_number\n+14155550100\n")));
    assertTrue(older.fieldErrors().get("date").contains("older"));

    String fresh = uniquePhone();
    registry.importFile(
        STAFF, today.minusDays(31).toString(), csv("phone_number\n" + fresh + "\n"));
    assertTrue(registry.status().fitForTelemarketing());
    assertEquals(
        List.of(fresh),
        db.query("SELECT phone FROM national_registry_number").stream()
            .map(r -> r.get("phone"))
            .toList(),
        "the import replaced the one before");
    assertEquals(
        List.of(fresh),
        db.query("SELECT phone FROM phone_suppression WHERE in_national_registry = TRUE").stream()
            .map(r -> r.get("phone"))
            .toList(),
        "issue 3: the derived table follows the import in its transaction");
    assertEquals(0, db.count(PhoneSuppressionRows.DISAGREEMENTS));
    campaigns.run(STAFF, calls.id());
    MarketingCustomers.awaitCompleted(campaigns, calls.id());
  }

  @Test
  void aFileWithAnyBadLineImportsNothingAndNamesEveryBadLine() {
    long imports = db.countAll("national_registry_import");
    long numbers = db.countAll("national_registry_number");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    RegistryFileRejectedException refused =
        assertThrows(
            RegistryFileRejectedException.class,
            () ->
                registry.importFile(
                    STAFF,
                    today,
                    csv(
                        "phone_number\n+14155550100\n(415) 555-0101\n+14155550102\n\n+1415,5550103\n+14155550104\n")));

    assertEquals("registry-file-invalid", refused.code());
    assertEquals(
        List.of("line 3", "line 5", "line 6"), List.copyOf(refused.fieldErrors().keySet()));
    assertTrue(refused.fieldErrors().get("line 3").contains("E.164"));
    assertEquals("empty line", refused.fieldErrors().get("line 5"));
    assertTrue(refused.getMessage().startsWith("3 lines are not valid"));
    assertEquals(imports, db.countAll("national_registry_import"), "nothing written");
    assertEquals(numbers, db.countAll("national_registry_number"), "nothing written");
    assertEquals(0, db.count(PhoneSuppressionRows.DISAGREEMENTS), "nor a derived row");

    for (String badDate :
        new String[] {
          null, "", "01/12/2026", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()
        }) {
      InvalidInputException date =
          assertThrows(
              InvalidInputException.class,
              () -> registry.importFile(STAFF, badDate, csv("phone_number\n+14155550100\n")));
      assertTrue(date.fieldErrors().containsKey("date"), String.valueOf(badDate));
    }
    assertEquals(imports, db.countAll("national_registry_import"));
  }

  private void assertRefused(CampaignView campaign, String code) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> campaigns.run(STAFF, campaign.id()));
    assertEquals(code, refused.code());
    assertEquals("DRAFT", campaigns.find(campaign.id()).status(), "nothing written");
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM customer_message WHERE campaign_id = ?", campaign.id()));
  }
}
