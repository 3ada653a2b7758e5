package net.genvoice.disclosure.boundary;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;

public record Release(
    String releaseId,
    String subjectId,
    String recipientId,
    Purpose purpose,
    boolean permitted,
    Set<DisclosableField> fields,
    String reasonCode,
    String explanation) {}
