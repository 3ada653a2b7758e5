package net.genvoice.disclosure.boundary;

import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_ADDRESS;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_EMAIL;
import static net.genvoice.disclosure.entity.DisclosableField.CUSTOMER_NAME;
import static net.genvoice.testing.SignUps.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.credit.boundary.CreditApplicationCommand;
import net.genvoice.credit.boundary.CreditApplicationView;
import net.genvoice.credit.boundary.CreditApplications;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.boundary.Customers;
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
 * P17, P21, P24: the engine's two ports over the real records. A disclosure on consent needs the
 * customer's current disclosure consent for exactly that recipient and purpose; third-party
 * marketing needs its own explicit consent; a credit inquiry needs an open credit application.
 */
@ExtendWith(ArquillianExtension.class)
class LookupsIT {

  private static final String VERSION = ConsentPurpose.TEXT_VERSION;

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule(
        "lookups-it", SignUps.class, DatabaseRows.class, RegistryRows.class);
  }

  @EJB Disclosures disclosures;
  @EJB Customers customers;
  @EJB Consents consents;
  @EJB CreditApplications creditApplications;
  @EJB Database database;

  RegistryRows registry;
  String customer;

  @BeforeEach
  void setUp() {
    registry = new RegistryRows(new DatabaseRows(database.dataSource()));
    customer = customers.signUp(SignUps.withVisa(uniqueEmail("Lookup"))).id();
  }

  @Test
  void aDisclosureConsentPermitsOnlyItsRecipientAndPurposeUntilWithdrawn() {
    String affiliate = affiliate("directory");
    String another = affiliate("porting");
    assertEquals("consent-missing", onConsent(affiliate).reasonCode(), "before any consent");

    consents.grant(
        customer,
        new ConsentCommand(
            "disclosure", affiliate, "PERFORM_SERVICE", List.of("IDENTITY"), VERSION, customer),
        null);

    assertTrue(onConsent(affiliate).permitted(), "P17: consent for this recipient and purpose");
    assertEquals("consent-missing", onConsent(another).reasonCode(), "another recipient");

    consents.withdraw(
        customer,
        new WithdrawalCommand("disclosure", affiliate, "PERFORM_SERVICE", customer),
        null);

    assertEquals("consent-missing", onConsent(affiliate).reasonCode(), "withdrawn");
  }

  @Test
  void aDisclosureConsentForAnotherScopeDoesNotCount() {
    String affiliate = affiliate("listing");
    consents.grant(
        customer,
        new ConsentCommand(
            "disclosure", affiliate, "OPERATE_SERVICE", List.of("IDENTITY"), VERSION, customer),
        null);
    assertEquals("consent-missing", onConsent(affiliate).reasonCode());
  }

  @Test
  void thirdPartyMarketingNeedsItsOwnExplicitConsent() {
    String marketer =
        registry.register(
            "marketer",
            RecipientKind.THIRD_PARTY_MARKETER,
            Map.of(Purpose.THIRD_PARTY_MARKETING, Set.of(CUSTOMER_NAME, CUSTOMER_EMAIL)));
    assertEquals("consent-missing", marketing(marketer).reasonCode(), "P24: not by default");
    consents.grant(
        customer,
        new ConsentCommand(
            "disclosure",
            marketer,
            "THIRD_PARTY_MARKETING",
            List.of("IDENTITY", "CONTACT"),
            VERSION,
            customer),
        null);
    assertEquals(
        "consent-missing",
        marketing(marketer).reasonCode(),
        "P24: only the explicit third-party marketing consent counts");

    consents.grant(
        customer,
        new ConsentCommand("third-party.marketing", null, null, null, VERSION, null),
        null);
    assertTrue(marketing(marketer).permitted());

    consents.withdraw(
        customer, new WithdrawalCommand("third-party.marketing", null, null, null), null);
    assertEquals("consent-missing", marketing(marketer).reasonCode());
  }

  @Test
  void aCreditInquiryIsPermittedOnlyWhileAnApplicationIsOpen() {
    String agency =
        registry.register(
            "agency",
            RecipientKind.CREDIT_AGENCY,
            Map.of(Purpose.CREDIT_INQUIRY, Set.of(CUSTOMER_NAME, CUSTOMER_ADDRESS)));
    assertEquals("no-open-credit-application", inquiry(agency).reasonCode());

    CreditApplicationView opened =
        creditApplications.open(customer, new CreditApplicationCommand("Business line", null));
    assertEquals("OPEN", opened.status());
    assertTrue(inquiry(agency).permitted(), "P21: with an open application");
    assertThrows(
        InvalidInputException.class,
        () -> creditApplications.open(customer, new CreditApplicationCommand(null, null)),
        "one open application at a time");

    CreditApplicationView withdrawn = creditApplications.withdraw(customer, opened.id());
    assertEquals("CLOSED", withdrawn.status());
    assertEquals("no-open-credit-application", inquiry(agency).reasonCode(), "withdrawn");

    CreditApplicationView second =
        creditApplications.open(customer, new CreditApplicationCommand(null, null));
    assertTrue(inquiry(agency).permitted());
    assertEquals("DECIDED", creditApplications.decide(second.id()).status());
    assertEquals("no-open-credit-application", inquiry(agency).reasonCode(), "decided");
    assertEquals(2, creditApplications.ofCustomer(customer).size());

    String stranger = customers.signUp(SignUps.withVisa(uniqueEmail("Stranger"))).id();
    assertThrows(
        CustomerNotFoundException.class,
        () -> creditApplications.withdraw(stranger, second.id()),
        "only one's own application");
  }

  private String affiliate(String prefix) {
    return registry.register(
        prefix,
        RecipientKind.BUSINESS_AFFILIATE,
        Map.of(Purpose.PERFORM_SERVICE, Set.of(CUSTOMER_NAME)));
  }

  private Release onConsent(String recipient) {
    return disclosures.authorize(
        new ReleaseCommand(
            customer,
            recipient,
            Purpose.PERFORM_SERVICE,
            LegalBasis.CONSENT,
            Set.of(CUSTOMER_NAME),
            null,
            null,
            null));
  }

  private Release marketing(String recipient) {
    return disclosures.authorize(
        new ReleaseCommand(
            customer,
            recipient,
            Purpose.THIRD_PARTY_MARKETING,
            LegalBasis.CONSENT,
            Set.of(CUSTOMER_NAME, CUSTOMER_EMAIL),
            null,
            null,
            null));
  }

  private Release inquiry(String recipient) {
    return disclosures.authorize(
        new ReleaseCommand(
            customer,
            recipient,
            Purpose.CREDIT_INQUIRY,
            LegalBasis.SERVICE_NECESSITY,
            Set.of(CUSTOMER_NAME, CUSTOMER_ADDRESS),
            null,
            null,
            null));
  }
}
