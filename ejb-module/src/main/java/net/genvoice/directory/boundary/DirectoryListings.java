package net.genvoice.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.entity.Customer;
import net.genvoice.directory.control.DirectoryGateway;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.OutboundReleases;

/**
 * P19: the customer asks to be listed in the phone directory; the affiliate that publishes it
 * performs that part of the service and receives the name and the number, decided and recorded
 * first. A denial (the registry no longer allows it) sends nothing.
 */
@Stateless
public class DirectoryListings {

  static final Set<DisclosableField> LISTING =
      Set.of(DisclosableField.CUSTOMER_NAME, DisclosableField.CUSTOMER_PHONE);

  @PersistenceContext EntityManager em;
  @Inject OutboundReleases releases;
  @Inject DirectoryGateway directory;

  public DirectoryListingView publish(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    String requestId = UUID.randomUUID().toString();
    String listingId =
        releases.release(
            new ReleaseCommand(
                customerId,
                directory.recipientId(),
                Purpose.PERFORM_SERVICE,
                LegalBasis.SERVICE_NECESSITY,
                LISTING,
                null,
                null,
                requestId),
            Map.of(
                DisclosableField.CUSTOMER_NAME, customer.name(),
                DisclosableField.CUSTOMER_PHONE, customer.phone()),
            listing -> directory.publish(listing, requestId));
    return new DirectoryListingView(listingId, "listed");
  }
}
