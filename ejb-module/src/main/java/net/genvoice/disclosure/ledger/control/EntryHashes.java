package net.genvoice.disclosure.ledger.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import net.genvoice.disclosure.ledger.entity.LedgerEntry;

/**
 * The hash of a ledger entry: SHA-256 over its canonical content, which ends with the previous
 * entry's hash, so each entry vouches for the whole chain before it. Every value is written with
 * its length ({@code 5:hello}, {@code -} for none), so no two different entries share a canonical
 * form.
 */
public final class EntryHashes {

  static final String FORMAT = "genvoice-ledger-v1";

  private EntryHashes() {}

  /** The hex SHA-256 the entry must carry, computed from what it records now. */
  public static String of(LedgerEntry entry) {
    return sha256(canonical(entry));
  }

  static String canonical(LedgerEntry e) {
    StringBuilder out = new StringBuilder(512).append(FORMAT);
    for (Object value :
        new Object[] {
          e.id(),
          e.subjectId(),
          e.sequence(),
          e.type(),
          e.recordedAtMicros(),
          e.recipientId(),
          e.recipientName(),
          e.purpose(),
          e.basis(),
          e.reference(),
          e.issuingAuthority(),
          e.dataCategories(),
          e.fieldNames(),
          e.requestId(),
          e.releaseId(),
          e.reasonCode(),
          e.explanation(),
          e.outcome(),
          e.detail(),
          e.previousHash()
        }) {
      out.append('|');
      if (value == null) {
        out.append('-');
      } else {
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        out.append(text.length()).append(':').append(text);
      }
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
