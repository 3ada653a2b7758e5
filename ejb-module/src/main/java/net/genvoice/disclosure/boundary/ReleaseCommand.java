package net.genvoice.disclosure.boundary;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;

public record ReleaseCommand(
    String subjectId,
    String recipientId,
    Purpose purpose,
    LegalBasis basis,
    Set<DisclosableField> fields,
    String reference,
    String issuingAuthority,
    String requestId) {}
