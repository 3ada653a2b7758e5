package net.genvoice.disclosure.outbound;

import java.util.Set;
import java.util.UUID;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;

/** Releases as the ledger hands them out, for plain unit tests. */
public final class Releases {

  private Releases() {}

  public static Release permitted(
      String recipientId, Purpose purpose, Set<DisclosableField> fields) {
    return new Release(
        UUID.randomUUID().toString(),
        "subject-1",
        recipientId,
        purpose,
        true,
        fields,
        null,
        "Permitted");
  }

  public static Release denied(String recipientId, Purpose purpose, String reasonCode) {
    return new Release(
        UUID.randomUUID().toString(),
        "subject-1",
        recipientId,
        purpose,
        false,
        Set.of(),
        reasonCode,
        "Refused");
  }
}
