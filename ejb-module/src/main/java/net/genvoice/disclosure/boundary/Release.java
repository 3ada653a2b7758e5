package net.genvoice.disclosure.boundary;

import java.util.Set;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;

/**
 * The decision on a {@link ReleaseCommand}, as recorded: {@code releaseId} is the ledger entry's id
 * (also for a denial). A permit allows exactly {@code fields}; a denial has no fields, and its
 * stable {@code reasonCode} (such as {@code consent-missing}) and {@code explanation}.
 */
public record Release(
    String releaseId,
    String subjectId,
    String recipientId,
    Purpose purpose,
    boolean permitted,
    Set<DisclosableField> fields,
    String reasonCode,
    String explanation) {}
