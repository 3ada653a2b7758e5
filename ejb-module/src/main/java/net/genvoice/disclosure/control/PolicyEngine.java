package net.genvoice.disclosure.control;

import java.util.Objects;
import net.genvoice.disclosure.entity.Decision;
import net.genvoice.disclosure.entity.DenialReason;
import net.genvoice.disclosure.entity.DisclosureRequest;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientRegistration;

/**
 * The one decision on every release of personal information outside GenVoice: pure (it reads only
 * the request, the registry snapshot and the two lookups) and allocation-free except for the permit
 * it returns and a field-not-allowed denial that names the fields. The rules run in a fixed order,
 * so a request that breaks several always gets the same reason: sale, internal-only data, unknown
 * recipient, purpose of the recipient's kind, registered purpose, fields, legal basis, reference,
 * consent, credit application.
 *
 * <p>Fields are not silently cut down: a request that names any field outside what the recipient is
 * registered to receive for the purpose is bad input and denied as a whole ({@code
 * field-not-allowed}, naming the fields), so a caller never believes it sent what it did not. A
 * permit therefore allows exactly the requested fields. Callers minimise before they ask, building
 * the request from {@link RegistrySnapshot#allowedFields} (P19, P23).
 */
public final class PolicyEngine {

  private final ConsentLookup consents;
  private final CreditApplicationLookup creditApplications;

  public PolicyEngine(ConsentLookup consents, CreditApplicationLookup creditApplications) {
    this.consents = Objects.requireNonNull(consents, "consents");
    this.creditApplications = Objects.requireNonNull(creditApplications, "creditApplications");
  }

  public Decision decide(DisclosureRequest request, RegistrySnapshot registry) {
    Purpose purpose = request.purpose();
    FieldSet requested = request.fields();
    if (purpose == Purpose.SALE) {
      return Decision.deny(DenialReason.SALE_NEVER_PERMITTED); // P15: whatever the consent
    }
    if (requested.anyInternalOnly()) {
      return Decision.deny(DenialReason.INTERNAL_ONLY_DATA); // P14: survey answers never leave
    }
    RecipientRegistration recipient = registry.find(request.recipientId());
    if (recipient == null) {
      return Decision.deny(DenialReason.UNKNOWN_RECIPIENT); // P23: only registered recipients
    }
    if (!recipient.kind().mayReceiveFor(purpose)) {
      return Decision.deny(DenialReason.PURPOSE_NOT_ALLOWED_FOR_KIND); // P19, P20, P21, P23, P24
    }
    FieldSet allowed = recipient.fieldsFor(purpose);
    if (allowed.isEmpty()) {
      return Decision.deny(DenialReason.PURPOSE_NOT_REGISTERED); // P23
    }
    if (requested.isEmpty()) {
      return Decision.deny(DenialReason.NO_FIELDS_REQUESTED);
    }
    if (!allowed.containsAll(requested)) {
      return fieldsNotAllowed(requested.minus(allowed)); // P19, P23: only the allowed fields
    }
    Decision onBasis = checkBasis(request);
    if (onBasis != null) {
      return onBasis;
    }
    if (purpose == Purpose.CREDIT_INQUIRY
        && !creditApplications.hasOpenCreditApplication(request.subjectId())) {
      return Decision.deny(DenialReason.NO_OPEN_CREDIT_APPLICATION); // P21
    }
    return Decision.permit(requested);
  }

  /** The denial the legal basis calls for, or null when the basis holds. */
  private Decision checkBasis(DisclosureRequest request) {
    LegalBasis basis = request.basis();
    if (!basis.covers(request.purpose())) {
      return Decision.deny(DenialReason.BASIS_NOT_VALID_FOR_PURPOSE); // P18, P24
    }
    if (basis.needsReference() && isBlank(request.reference())) {
      return Decision.deny(DenialReason.REFERENCE_MISSING); // P18
    }
    if (basis.needsIssuingAuthority() && isBlank(request.issuingAuthority())) {
      return Decision.deny(DenialReason.ISSUING_AUTHORITY_MISSING); // P18
    }
    if (basis == LegalBasis.CONSENT
        && !consents.hasCurrentConsent(
            request.subjectId(), request.recipientId(), request.purpose())) {
      return Decision.deny(DenialReason.CONSENT_MISSING); // P17, P24
    }
    return null;
  }

  private static Decision fieldsNotAllowed(FieldSet outside) {
    return Decision.deny(
        DenialReason.FIELD_NOT_ALLOWED,
        "The recipient may not receive these fields for this purpose: "
            + String.join(", ", outside.fieldNames()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
