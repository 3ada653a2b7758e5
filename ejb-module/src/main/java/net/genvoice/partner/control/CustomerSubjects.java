package net.genvoice.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.genvoice.customer.entity.Customer;
import net.genvoice.customer.entity.CustomerStatus;

/**
 * The customer a partner names, by customer id or by phone number (as stored: E.164). Only active
 * customers; a phone number shared by several active accounts names none of them.
 */
@ApplicationScoped
public class CustomerSubjects {

  @PersistenceContext EntityManager em;

  public Optional<String> byId(String customerId) {
    Customer customer = em.find(Customer.class, customerId);
    return customer != null && customer.status() == CustomerStatus.ACTIVE
        ? Optional.of(customer.id())
        : Optional.empty();
  }

  public Optional<String> byPhone(String e164) {
    List<String> ids =
        em.createQuery(
                "select c.id from Customer c where c.phone = :phone and c.status = :status",
                String.class)
            .setParameter("phone", e164)
            .setParameter("status", CustomerStatus.ACTIVE)
            .setMaxResults(2)
            .getResultList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }
}
