package net.genvoice.integration.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import net.genvoice.directory.control.DirectoryGateway;
import net.genvoice.directory.control.DirectoryListingRefusedException;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.integration.partner.JsonPayload;
import net.genvoice.integration.partner.PartnerFailures;
import net.genvoice.integration.partner.PartnerRefusedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The business affiliate that publishes phone directory listings, over its REST API ({@link
 * DirectoryClient}). P19: it performs part of the service and gets exactly a listing's name and
 * number.
 */
@Stateless
public class DirectoryAffiliateGateway implements DirectoryGateway {

  static final String AFFILIATE = "directory affiliate";
  static final JsonPayload LISTING =
      JsonPayload.naming(
          Map.of(DisclosableField.CUSTOMER_NAME, "name", DisclosableField.CUSTOMER_PHONE, "phone"));

  @Inject DirectoryClient client;

  @Inject
  @ConfigProperty(name = "genvoice.directory.recipient", defaultValue = "directory-affiliate")
  String recipientId;

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public String publish(ReleasedData listing, String idempotencyKey) {
    listing.requireFor(recipientId, Purpose.PERFORM_SERVICE, LISTING.fields(), Set.of());
    try {
      return client
          .post("listings", LISTING.of(listing).build(), idempotencyKey)
          .getString("listingId");
    } catch (PartnerRefusedException e) {
      throw new DirectoryListingRefusedException();
    } catch (RuntimeException e) {
      throw PartnerFailures.isUnavailability(e) ? PartnerFailures.unavailable(AFFILIATE, e) : e;
    }
  }
}
