package net.genvoice.disclosure.outbound;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;

/**
 * The values a permitted release lets go out, and only those: built from the release and whatever
 * values the caller has, it keeps exactly the released fields (each must have its value, so what
 * the ledger records is what is sent). A gateway reads values only through {@link #value}, which
 * refuses a field the release does not permit, and checks with {@link #requireFor} that the release
 * is for it, for the purpose and with the fields it sends (the backstop behind the boundary's
 * explicit decision). {@link #toString()} shows field names, never values (P03).
 */
public final class ReleasedData {

  private final Release release;
  private final Map<DisclosableField, String> values;

  private ReleasedData(Release release, Map<DisclosableField, String> values) {
    this.release = release;
    this.values = values;
  }

  /**
   * The released fields' values, taken from {@code available}; refuses a denied release and a
   * released field without a value.
   */
  public static ReleasedData of(Release release, Map<DisclosableField, String> available) {
    Objects.requireNonNull(release, "release");
    if (!release.permitted()) {
      throw new IllegalArgumentException(
          "A denied release carries no data: " + release.releaseId());
    }
    EnumMap<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    for (DisclosableField field : release.fields()) {
      String value = available.get(field);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("No value for the released field " + field.fieldName());
      }
      values.put(field, value);
    }
    return new ReleasedData(release, Collections.unmodifiableMap(values));
  }

  public String releaseId() {
    return release.releaseId();
  }

  public String subjectId() {
    return release.subjectId();
  }

  public Purpose purpose() {
    return release.purpose();
  }

  /** The released fields (never empty). */
  public Set<DisclosableField> fields() {
    return values.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(values.keySet()));
  }

  public boolean has(DisclosableField field) {
    return values.containsKey(field);
  }

  /** The value of a released field; a field the release does not permit is refused. */
  public String value(DisclosableField field) {
    String value = values.get(field);
    if (value == null) {
      throw new IllegalStateException(
          "The release " + release.releaseId() + " does not permit " + field.fieldName());
    }
    return value;
  }

  /**
   * The gateway's backstop: refuses unless this release is to {@code recipientId}, for {@code
   * purpose}, with every {@code required} field and nothing outside {@code required} and {@code
   * optional}.
   */
  public ReleasedData requireFor(
      String recipientId,
      Purpose purpose,
      Set<DisclosableField> required,
      Set<DisclosableField> optional) {
    if (!recipientId.equals(release.recipientId()) || purpose != release.purpose()) {
      throw new IllegalStateException(
          "The release "
              + release.releaseId()
              + " is for "
              + release.recipientId()
              + "/"
              + release.purpose()
              + ", not "
              + recipientId
              + "/"
              + purpose);
    }
    Set<DisclosableField> sent = values.keySet();
    if (!sent.containsAll(required)) {
      throw new IllegalStateException(
          "The release " + release.releaseId() + " lacks fields this call needs: " + required);
    }
    for (DisclosableField field : sent) {
      if (!required.contains(field) && !optional.contains(field)) {
        throw new IllegalStateException(
            "This call cannot send " + field.fieldName() + " (release " + releaseId() + ")");
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return "ReleasedData[" + release.releaseId() + " " + values.keySet() + "]";
  }
}
