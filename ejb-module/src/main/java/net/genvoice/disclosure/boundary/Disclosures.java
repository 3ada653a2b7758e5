package net.genvoice.disclosure.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import net.genvoice.disclosure.control.PolicyEngine;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.Decision;
import net.genvoice.disclosure.entity.DenialReason;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.DisclosureRequest;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.RecipientRegistration;
import net.genvoice.disclosure.ledger.control.Ledger;
import net.genvoice.disclosure.ledger.entity.EntryType;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;
import net.genvoice.disclosure.ledger.entity.LedgerFacts;
import net.genvoice.disclosure.lookup.SubjectValues;
import net.genvoice.disclosure.registry.control.RegistrySnapshots;
import net.genvoice.platform.error.InvalidInputException;

/**
 * The one boundary every release of personal information outside GenVoice goes through (P14, P15,
 * P17-P21, P23, P24): the policy engine decides over the current registry snapshot, and the
 * decision is appended to the subject's ledger before anything is sent. Decision and record share
 * one new transaction, committed before the caller goes on, so the record survives whatever the
 * caller's transaction does later (a rolled-back sign-up still leaves its card verification on
 * record).
 */
@Stateless
public class Disclosures {

  static final int DETAIL_MAX = 1000;

  @Inject RegistrySnapshots registry;
  @Inject PolicyEngine engine;
  @Inject Ledger ledger;
  @Inject SubjectValues values;

  /**
   * Decides and records: a permit as a RELEASE entry, a denial as a DENIAL entry. Never throws on a
   * denial.
   *
   * @throws InvalidInputException for a malformed command (nothing is recorded)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Release authorize(ReleaseCommand command) {
    ReleaseCommands.check(command);
    RegistrySnapshot snapshot = registry.current();
    Decision decision = decide(command, snapshot);
    return record(command, snapshot, decision, null, null);
  }

  /**
   * A synchronous answer from GenVoice's own data, as an inbound partner call needs it: decides,
   * and on a permit reads the permitted fields' values and appends one RELEASE entry that carries
   * its own outcome (SUCCEEDED, with how many values went out via which channel), all in one new
   * transaction; a denial is a DENIAL entry and no values. Nothing is recorded as released unless
   * the values were read: should reading fail, the whole transaction rolls back.
   *
   * @throws InvalidInputException for a malformed command (nothing is recorded)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Answer answer(ReleaseCommand command, String channel) {
    ReleaseCommands.check(command);
    RegistrySnapshot snapshot = registry.current();
    Decision decision = decide(command, snapshot);
    if (!decision.isPermitted()) {
      return new Answer(record(command, snapshot, decision, null, null), Map.of());
    }
    Map<DisclosableField, String> answered = values.of(command.subjectId(), decision.fields());
    Release release =
        record(
            command,
            snapshot,
            decision,
            ReleaseOutcome.SUCCEEDED,
            "Answered "
                + answered.size()
                + " of "
                + decision.fields().size()
                + " permitted fields via "
                + channel);
    return new Answer(release, answered);
  }

  /** A release decided and recorded, with the values it answered (none for a denial). */
  public record Answer(Release release, Map<DisclosableField, String> values) {

    public Answer {
      values = Map.copyOf(values);
    }
  }

  private Decision decide(ReleaseCommand command, RegistrySnapshot snapshot) {
    return engine.decide(
        new DisclosureRequest(
            command.subjectId(),
            command.recipientId(),
            command.purpose(),
            command.basis(),
            FieldSet.copyOf(command.fields()),
            command.reference(),
            command.issuingAuthority()),
        snapshot);
  }

  /**
   * Appends a permit as a RELEASE entry (with its outcome when already known), a denial as a
   * DENIAL.
   */
  private Release record(
      ReleaseCommand command,
      RegistrySnapshot snapshot,
      Decision decision,
      ReleaseOutcome outcome,
      String detail) {
    boolean permitted = decision.isPermitted();
    String reasonCode = decision.reason().map(DenialReason::code).orElse(null);
    LedgerEntry entry =
        ledger.append(
            new LedgerFacts(
                permitted ? EntryType.RELEASE : EntryType.DENIAL,
                command.subjectId(),
                command.recipientId(),
                snapshot
                    .registration(command.recipientId())
                    .map(RecipientRegistration::name)
                    .orElse(null),
                command.purpose(),
                command.basis(),
                command.reference(),
                command.issuingAuthority(),
                permitted ? decision.fields() : FieldSet.copyOf(command.fields()),
                command.requestId(),
                null,
                reasonCode,
                decision.explanation(),
                outcome == null ? null : outcome.name(),
                truncated(detail)));
    return new Release(
        entry.id(),
        command.subjectId(),
        command.recipientId(),
        command.purpose(),
        permitted,
        decision.fields().toSet(),
        reasonCode,
        decision.explanation());
  }

  private static String truncated(String detail) {
    return detail == null || detail.length() <= DETAIL_MAX
        ? detail
        : detail.substring(0, DETAIL_MAX);
  }

  /**
   * Appends the outcome of the call made under a permitted release, chained like every entry.
   *
   * @throws InvalidInputException when no permitted release has this id, or no outcome is named
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordOutcome(String releaseId, ReleaseOutcome outcome, String detail) {
    LedgerEntry release = permittedRelease(releaseId, null);
    if (outcome == null) {
      throw InvalidInputException.of("outcome", "Name the outcome: SUCCEEDED or FAILED");
    }
    ledger.append(
        new LedgerFacts(
            EntryType.OUTCOME,
            release.subjectId(),
            release.recipientId(),
            release.recipientName(),
            release.purpose(),
            release.basis(),
            release.reference(),
            release.issuingAuthority(),
            fieldsOf(release),
            release.requestId(),
            release.id(),
            null,
            null,
            outcome.name(),
            truncated(detail)));
  }

  /**
   * The values of the fields the ledger records as permitted for this release, read from GenVoice's
   * own data; a field GenVoice does not hold for the subject is left out.
   *
   * @throws InvalidInputException when the release is not a permitted release of the ledger
   */
  public Map<DisclosableField, String> valuesOf(Release release) {
    if (release == null) {
      throw InvalidInputException.of("release", "Name the release");
    }
    LedgerEntry entry = ledger.committedEntry(release.releaseId());
    permitted(entry, release.subjectId());
    return values.of(entry.subjectId(), fieldsOf(entry));
  }

  private LedgerEntry permittedRelease(String releaseId, String subjectId) {
    return permitted(ledger.entry(releaseId), subjectId);
  }

  private static LedgerEntry permitted(LedgerEntry entry, String subjectId) {
    if (entry == null
        || entry.type() != EntryType.RELEASE
        || (subjectId != null && !subjectId.equals(entry.subjectId()))) {
      throw InvalidInputException.of("releaseId", "No permitted release has this id");
    }
    return entry;
  }

  private static FieldSet fieldsOf(LedgerEntry entry) {
    EnumSet<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
    entry.fieldNameList().forEach(name -> DisclosableField.byName(name).ifPresent(fields::add));
    return FieldSet.copyOf(fields);
  }
}
