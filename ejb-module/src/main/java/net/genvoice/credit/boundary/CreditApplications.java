package net.genvoice.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.genvoice.credit.entity.CreditApplication;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.entity.Customer;
import net.genvoice.decision.entity.AutomatedDecision;
import net.genvoice.decision.entity.DecisionKind;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P21: a customer's credit applications. One may be open at a time; a credit inquiry with a credit
 * agency is permitted by the policy engine only while it is open. The credit agency gateway finds
 * the open one with {@link #openApplication} and marks it {@link #decide decided} once answered.
 * Opening one fires {@link CreditApplicationOpened}, on which {@link CreditChecks} runs the inquiry
 * once the application is committed.
 */
@Stateless
public class CreditApplications {

  @PersistenceContext EntityManager em;
  @Inject Event<CreditApplicationOpened> opened;

  Clock clock = Clock.systemUTC();

  public CreditApplicationView open(String customerId, @Valid CreditApplicationCommand command) {
    Customer customer = lockActive(customerId);
    if (openOf(customer.id()).isPresent()) {
      throw InvalidInputException.of(
          "creditApplication", "You already have an open credit application");
    }
    String description =
        command == null || command.description() == null || command.description().isBlank()
            ? null
            : command.description().strip();
    CreditApplication application =
        new CreditApplication(
            customer.id(), description, command == null ? null : command.terms(), clock.instant());
    em.persist(application);
    em.flush();
    opened.fire(new CreditApplicationOpened(customer.id(), application.id())); // P21: the inquiry
    return CreditApplicationView.of(application);
  }

  /** The customer withdraws their application: no credit inquiry from now on. */
  public CreditApplicationView withdraw(String customerId, String applicationId) {
    CreditApplication application = own(customerId, applicationId);
    application.withdraw(clock.instant());
    em.flush();
    return CreditApplicationView.of(application);
  }

  public List<CreditApplicationView> ofCustomer(String customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    String id = customer.id();
    return em.createNamedQuery(CreditApplication.OF_CUSTOMER, CreditApplication.class)
        .setParameter("customer", id)
        .getResultStream()
        .map(application -> CreditApplicationView.of(application, checkOf(application)))
        .toList();
  }

  /** The customer's open application, if any. */
  public Optional<CreditApplicationView> openApplication(String customerId) {
    return customerId == null
        ? Optional.empty()
        : openOf(customerId).map(CreditApplicationView::of);
  }

  /** The credit decision was made (by the credit agency's answer): the application closes. */
  public CreditApplicationView decide(String applicationId) {
    CreditApplication application =
        applicationId == null
            ? null
            : em.find(CreditApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (application == null) {
      throw new CustomerNotFoundException("credit application");
    }
    application.decide(clock.instant());
    em.flush();
    return CreditApplicationView.of(application);
  }

  /** P21, P22: the automated decision made on the application's credit inquiry, if any. */
  private CreditCheckView checkOf(CreditApplication application) {
    return em.createNamedQuery(AutomatedDecision.BY_REF, AutomatedDecision.class)
        .setParameter("ref", application.id())
        .setParameter("kind", DecisionKind.CREDITWORTHINESS)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(CreditCheckView::of)
        .orElse(null);
  }

  private Optional<CreditApplication> openOf(String customerId) {
    return em.createNamedQuery(CreditApplication.OF_CUSTOMER, CreditApplication.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .filter(CreditApplication::isOpen)
        .findFirst();
  }

  private CreditApplication own(String customerId, String applicationId) {
    CreditApplication application =
        applicationId == null
            ? null
            : em.find(CreditApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (application == null || !application.customerId().equals(customerId)) {
      throw new CustomerNotFoundException("credit application");
    }
    return application;
  }

  /** Locks the customer row: two concurrent applications of one customer take turns. */
  private Customer lockActive(String customerId) {
    Customer customer =
        customerId == null
            ? null
            : em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || !customer.isActive()) {
      throw new CustomerNotFoundException("customer");
    }
    return customer;
  }
}
