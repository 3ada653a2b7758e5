package net.genvoice.disclosure.legal.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.genvoice.customer.boundary.CustomerNotFoundException;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.customer.entity.Customer;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.boundary.ReleaseOutcome;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.disclosure.legal.entity.LegalRequest;
import net.genvoice.disclosure.legal.entity.LegalRequestStatus;
import net.genvoice.disclosure.registry.control.RegistrySnapshots;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P18: subpoenas and court orders. Recording one checks it and writes it; a request without its
 * reference or authority is refused with nothing written, and the attempt is recorded as a denial
 * in the ledger of each customer it names. Fulfilling one exports, per customer, the fields the
 * authority may receive for complying with the law within the ordered categories, each through
 * {@link Disclosures#authorize} (basis LEGAL_OBLIGATION, purpose COMPLY_WITH_LAW, the legal
 * request's id as request id) and its outcome, like any other release.
 */
@Stateless
public class LegalRequests {

  private static final String UNNAMED_AUTHORITY = "unnamed-authority";

  @PersistenceContext EntityManager em;
  @Inject RegistrySnapshots registry;
  @EJB Disclosures disclosures;

  Clock clock = Clock.systemUTC();

  public LegalRequestView record(String staffId, LegalRequestCommand command) {
    RegistrySnapshot snapshot = registry.current();
    FieldErrors errors = new FieldErrors();
    var checked = LegalRequestChecks.check(command, snapshot, this::isCustomer, today(), errors);
    try {
      errors.throwIfAny();
    } catch (InvalidInputException refused) {
      if (LegalRequestChecks.lacksReferenceOrAuthority(command)) {
        recordRefusedAttempt(command, snapshot);
      }
      throw refused;
    }
    LegalRequestChecks.Checked request = checked.orElseThrow();
    LegalRequest recorded =
        new LegalRequest(
            request.kind(),
            request.authority().recipientId(),
            request.reference(),
            command.issuedOn(),
            command.nonDisclosureUntil(),
            request.subjects(),
            request.categories(),
            staffId,
            clock.instant());
    em.persist(recorded);
    em.flush();
    return LegalRequestView.of(recorded);
  }

  public List<LegalRequestView> all() {
    return em.createNamedQuery(LegalRequest.ALL, LegalRequest.class)
        .getResultStream()
        .map(LegalRequestView::of)
        .toList();
  }

  public LegalRequestView find(String legalRequestId) {
    return LegalRequestView.of(existing(legalRequestId, LockModeType.NONE));
  }

  /** Fulfils the request once, as an export of each named customer's permitted fields. */
  public LegalExportView fulfil(String staffId, String legalRequestId) {
    LegalRequest request = existing(legalRequestId, LockModeType.PESSIMISTIC_WRITE);
    if (request.status() == LegalRequestStatus.FULFILLED) {
      throw new LegalRequestFulfilledException();
    }
    RegistrySnapshot snapshot = registry.current();
    String authorityName =
        snapshot
            .registration(request.authorityId())
            .map(RecipientRegistration::name)
            .orElse(request.authorityId());
    FieldSet ordered = LegalRequestChecks.fieldsOf(request.categories());
    FieldSet allowed = snapshot.allowedFields(request.authorityId(), Purpose.COMPLY_WITH_LAW);
    FieldSet fields = ordered.minus(ordered.minus(allowed));
    List<SubjectExportView> exports = new ArrayList<>();
    for (String subject : request.subjects().stream().sorted().toList()) {
      exports.add(export(request, subject, fields, authorityName));
    }
    Instant now = clock.instant();
    request.fulfilled(now);
    em.flush();
    return new LegalExportView(
        request.id(),
        request.kind().name(),
        request.authorityId(),
        authorityName,
        request.reference(),
        now,
        exports);
  }

  private SubjectExportView export(
      LegalRequest request, String subject, FieldSet fields, String authorityName) {
    Release release =
        disclosures.authorize(
            new ReleaseCommand(
                subject,
                request.authorityId(),
                Purpose.COMPLY_WITH_LAW,
                LegalBasis.LEGAL_OBLIGATION,
                fields.toSet(),
                request.reference(),
                authorityName,
                request.id()));
    if (!release.permitted()) {
      return new SubjectExportView(
          subject, false, release.releaseId(), release.reasonCode(), Map.of());
    }
    Map<String, String> values = new TreeMap<>();
    disclosures.valuesOf(release).forEach((field, value) -> values.put(field.fieldName(), value));
    disclosures.recordOutcome(
        release.releaseId(),
        ReleaseOutcome.SUCCEEDED,
        "Exported to " + authorityName + " under " + request.reference());
    return new SubjectExportView(subject, true, release.releaseId(), null, values);
  }

  /** P18: the refused attempt, as a denial in the ledger of each named customer. */
  private void recordRefusedAttempt(LegalRequestCommand command, RegistrySnapshot snapshot) {
    if (command.subjects() == null) {
      return;
    }
    String authorityId =
        command.authorityId() == null || command.authorityId().isBlank()
            ? UNNAMED_AUTHORITY
            : command.authorityId().strip();
    if (authorityId.length() > 100) {
      authorityId = authorityId.substring(0, 100);
    }
    String authorityName =
        snapshot.registration(authorityId).map(RecipientRegistration::name).orElse(null);
    FieldSet fields = snapshot.allowedFields(authorityId, Purpose.COMPLY_WITH_LAW);
    String reference =
        command.reference() == null || command.reference().isBlank()
            ? null
            : command.reference().strip();
    for (String subject :
        command.subjects().stream().limit(LegalRequestChecks.MAX_SUBJECTS).distinct().toList()) {
      if (subject != null && isCustomer(subject.strip())) {
        disclosures.authorize(
            new ReleaseCommand(
                subject.strip(),
                authorityId,
                Purpose.COMPLY_WITH_LAW,
                LegalBasis.LEGAL_OBLIGATION,
                fields.toSet(),
                reference == null || reference.length() <= 200 ? reference : null,
                authorityName,
                null));
      }
    }
  }

  private LegalRequest existing(String legalRequestId, LockModeType lock) {
    LegalRequest request =
        legalRequestId == null ? null : em.find(LegalRequest.class, legalRequestId, lock);
    if (request == null) {
      throw new CustomerNotFoundException("legal request");
    }
    return request;
  }

  private boolean isCustomer(String id) {
    return id != null && !id.isEmpty() && id.length() <= 36 && em.find(Customer.class, id) != null;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
