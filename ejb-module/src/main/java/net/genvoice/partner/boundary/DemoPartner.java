package net.genvoice.partner.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.registry.boundary.RecipientCommand;
import net.genvoice.disclosure.registry.boundary.Recipients;
import net.genvoice.disclosure.registry.entity.Recipient;
import net.genvoice.partner.entity.PartnerCredential;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default run's demo affiliate, so a new user can call the partner services at once: the
 * registry entry {@value #ID} (a business affiliate that may receive name, phone and address to
 * perform number porting, P19) and its credential with a fixed DEVELOPMENT-ONLY secret. Setting
 * {@code genvoice.partner.demo}: {@code auto} (default) seeds only with the embedded H2 database of
 * the default run, never with a configured (production) database; {@code true} or {@code false}
 * decide outright. Nothing is changed once the entry or the credential exists.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoPartner {

  public static final String ID = "demo-affiliate";

  /** DEVELOPMENT DEFAULT, published in the README: never seeded with a configured database. */
  public static final String DEVELOPMENT_SECRET = "demo-affiliate-development-secret";

  private static final Logger LOG = Logger.getLogger(DemoPartner.class.getName());

  @PersistenceContext EntityManager em;
  @EJB PartnerCredentials credentials;
  @EJB Recipients recipients;

  @Inject
  @ConfigProperty(name = "genvoice.partner.demo", defaultValue = "auto")
  String setting;

  @Inject
  @ConfigProperty(name = "genvoice.db.url")
  Optional<String> databaseUrl;

  @PostConstruct
  void seedInTheDefaultRun() {
    if (!enabled()) {
      return;
    }
    if (em.find(Recipient.class, ID) == null) {
      // through the registry's own boundary: checked by its rules and audited like any change (P23)
      recipients.create(
          PartnerCredentials.SYSTEM,
          new RecipientCommand(
              ID,
              "Demo number-porting affiliate (development only)",
              RecipientKind.BUSINESS_AFFILIATE.name(),
              "DEV-ONLY-DEMO-AGREEMENT",
              Map.of(
                  Purpose.PERFORM_SERVICE.name(),
                  List.of(
                      DisclosableField.CUSTOMER_NAME.fieldName(),
                      DisclosableField.CUSTOMER_PHONE.fieldName(),
                      DisclosableField.CUSTOMER_ADDRESS.fieldName()))));
      em.flush(); // before the credential, whose foreign key names it
    }
    if (em.find(PartnerCredential.class, ID) == null) {
      credentials.issueAs(ID, ID, DEVELOPMENT_SECRET, PartnerCredentials.SYSTEM);
      LOG.info(
          "Seeded the demo affiliate partner '"
              + ID
              + "' with its development secret (README); genvoice.partner.demo=false leaves it out");
    }
  }

  boolean enabled() {
    return switch (setting == null ? "auto" : setting.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> databaseUrl.filter(url -> !url.isBlank()).isEmpty();
    };
  }
}
