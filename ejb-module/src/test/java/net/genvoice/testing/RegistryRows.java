package net.genvoice.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;

/**
 * Writes recipients straight into the registry tables, as a migration seeding partners does, and
 * bumps the registry version so the next decision rebuilds its snapshot. Each id gets a random
 * suffix, so tests sharing one database never meet each other's recipients.
 */
public final class RegistryRows {

  private final DatabaseRows db;

  public RegistryRows(DatabaseRows db) {
    this.db = db;
  }

  /** Registers a recipient and returns its id ({@code prefix-<random>}). */
  public String register(
      String prefix, RecipientKind kind, Map<Purpose, Set<DisclosableField>> allowed) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Timestamp now = Timestamp.from(Instant.now());
    db.update(
        "INSERT INTO recipient (id, name, kind, agreement_reference, active, created_at,"
            + " changed_at, version) VALUES (?, ?, ?, ?, TRUE, ?, ?, 0)",
        id,
        "Test " + prefix,
        kind.name(),
        "AGR-" + id,
        now,
        now);
    allowed.forEach((purpose, fields) -> fields.forEach(field -> allow(id, purpose, field)));
    bump();
    return id;
  }

  public void allow(String recipientId, Purpose purpose, DisclosableField field) {
    db.update(
        "INSERT INTO recipient_field (recipient_id, purpose, field_name) VALUES (?, ?, ?)",
        recipientId,
        purpose.name(),
        field.fieldName());
    bump();
  }

  public void disallow(String recipientId, Purpose purpose, DisclosableField field) {
    db.update(
        "DELETE FROM recipient_field WHERE recipient_id = ? AND purpose = ? AND field_name = ?",
        recipientId,
        purpose.name(),
        field.fieldName());
    bump();
  }

  public void deactivate(String recipientId) {
    db.update("UPDATE recipient SET active = FALSE WHERE id = ?", recipientId);
    bump();
  }

  public void activate(String recipientId) {
    db.update("UPDATE recipient SET active = TRUE WHERE id = ?", recipientId);
    bump();
  }

  private void bump() {
    db.update("UPDATE registry_version SET version = version + 1 WHERE id = 1");
  }
}
