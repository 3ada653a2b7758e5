package net.genvoice.disclosure.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.registry.control.RecipientChecks;
import net.genvoice.disclosure.registry.control.RecipientStates;
import net.genvoice.disclosure.registry.control.Registrations;
import net.genvoice.disclosure.registry.control.RegistrySnapshots;
import net.genvoice.disclosure.registry.entity.Recipient;
import net.genvoice.disclosure.registry.entity.RecipientAudit;
import net.genvoice.disclosure.registry.entity.RecipientAudit.Action;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P23: the compliance officer's registry. Each change, in one transaction, writes the entry, its
 * audit row (who, when, before and after) and bumps the registry version, so the policy engine on
 * every server instance decides by it from the next request on. Bad input is refused naming every
 * field, with nothing written.
 */
@Stateless
public class Recipients {

  @PersistenceContext EntityManager em;
  @Inject RegistrySnapshots snapshots;

  Clock clock = Clock.systemUTC();

  public List<RecipientView> all() {
    return em.createNamedQuery(Recipient.ALL, Recipient.class)
        .getResultStream()
        .map(RecipientView::of)
        .toList();
  }

  public RecipientView find(String recipientId) {
    return RecipientView.of(existing(recipientId, LockModeType.NONE));
  }

  public RecipientView create(String staffId, RecipientCommand command) {
    if (command == null) {
      throw InvalidInputException.of("recipient", "Describe the recipient");
    }
    FieldErrors errors = new FieldErrors();
    RecipientChecks.id(command.id(), errors);
    RecipientChecks.text(command.name(), "name", errors);
    RecipientChecks.text(command.agreementReference(), "agreementReference", errors);
    Optional<RecipientKind> kind = RecipientChecks.kind(command.kind(), errors);
    Map<Purpose, FieldSet> purposes =
        RecipientChecks.purposes(command.purposes(), kind.orElse(null), errors);
    if (command.id() != null && em.find(Recipient.class, command.id()) != null) {
      errors.add("id", "A recipient with this id is registered already");
    }
    errors.throwIfAny();
    Instant now = clock.instant();
    Recipient recipient =
        new Recipient(
            command.id(),
            command.name().strip(),
            kind.get(),
            command.agreementReference().strip(),
            now);
    recipient.change(recipient.name(), recipient.agreementReference(), purposes, now);
    Registrations.of(recipient); // the engine's own rules, once more
    em.persist(recipient);
    return changed(recipient, Action.CREATED, staffId, null, now);
  }

  public RecipientView change(String staffId, String recipientId, RecipientChangeCommand command) {
    Recipient recipient = existing(recipientId, LockModeType.PESSIMISTIC_WRITE);
    if (command == null) {
      throw InvalidInputException.of("recipient", "Describe the change");
    }
    FieldErrors errors = new FieldErrors();
    if (!recipient.isActive()) {
      errors.add("active", "A deactivated recipient cannot be changed");
    }
    if (command.name() != null) {
      RecipientChecks.text(command.name(), "name", errors);
    }
    if (command.agreementReference() != null) {
      RecipientChecks.text(command.agreementReference(), "agreementReference", errors);
    }
    Map<Purpose, FieldSet> purposes =
        command.purposes() == null
            ? recipient.allowedFields()
            : RecipientChecks.purposes(command.purposes(), recipient.kind(), errors);
    errors.throwIfAny();
    String before = RecipientStates.of(recipient);
    Instant now = clock.instant();
    recipient.change(
        command.name() == null ? recipient.name() : command.name().strip(),
        command.agreementReference() == null
            ? recipient.agreementReference()
            : command.agreementReference().strip(),
        purposes,
        now);
    Registrations.of(recipient);
    return changed(recipient, Action.CHANGED, staffId, before, now);
  }

  /** The recipient receives nothing from now on; its entry and audit stay. */
  public RecipientView deactivate(String staffId, String recipientId) {
    Recipient recipient = existing(recipientId, LockModeType.PESSIMISTIC_WRITE);
    if (!recipient.isActive()) {
      return RecipientView.of(recipient);
    }
    String before = RecipientStates.of(recipient);
    Instant now = clock.instant();
    recipient.deactivate(now);
    return changed(recipient, Action.DEACTIVATED, staffId, before, now);
  }

  public List<RecipientAuditView> history(String recipientId) {
    existing(recipientId, LockModeType.NONE);
    return em.createNamedQuery(RecipientAudit.OF_RECIPIENT, RecipientAudit.class)
        .setParameter("recipient", recipientId)
        .getResultStream()
        .map(RecipientAuditView::of)
        .toList();
  }

  private RecipientView changed(
      Recipient recipient, Action action, String staffId, String before, Instant now) {
    // the recipient's row is locked (or new) for the whole transaction: no other change takes this
    // number
    int sequence =
        em.createNamedQuery(RecipientAudit.LAST_SEQUENCE, Number.class)
                .setParameter("recipient", recipient.id())
                .getSingleResult()
                .intValue()
            + 1;
    em.persist(
        new RecipientAudit(
            recipient.id(),
            sequence,
            action,
            staffId == null ? "unknown" : staffId,
            now,
            before,
            RecipientStates.of(recipient)));
    snapshots.markChanged(now);
    em.flush();
    return RecipientView.of(recipient);
  }

  private Recipient existing(String recipientId, LockModeType lock) {
    Recipient recipient = recipientId == null ? null : em.find(Recipient.class, recipientId, lock);
    if (recipient == null) {
      throw new CustomerNotFoundException("recipient");
    }
    return recipient;
  }
}
