package net.genvoice.disclosure.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * An immutable set of {@link DisclosableField}s held as one bit per field, so that the policy
 * decision compares sets without allocating (P19, P23: minimisation to the allowed fields).
 */
public final class FieldSet {

  public static final FieldSet EMPTY = new FieldSet(0L);

  private static final DisclosableField[] FIELDS = DisclosableField.values();
  private static final long INTERNAL_ONLY;

  static {
    if (FIELDS.length > Long.SIZE) {
      throw new ExceptionInInitializerError("FieldSet holds at most 64 fields");
    }
    long internal = 0L;
    for (DisclosableField field : FIELDS) {
      internal |= field.internalOnly() ? bit(field) : 0L;
    }
    INTERNAL_ONLY = internal;
  }

  private final long bits;

  private FieldSet(long bits) {
    this.bits = bits;
  }

  public static FieldSet of(DisclosableField... fields) {
    return copyOf(List.of(fields));
  }

  public static FieldSet copyOf(Collection<DisclosableField> fields) {
    long bits = 0L;
    for (DisclosableField field : fields) {
      bits |= bit(field);
    }
    return bits == 0L ? EMPTY : new FieldSet(bits);
  }

  public boolean contains(DisclosableField field) {
    return (bits & bit(field)) != 0L;
  }

  public boolean containsAll(FieldSet other) {
    return (other.bits & ~bits) == 0L;
  }

  /** The fields of this set that are not in the other. */
  public FieldSet minus(FieldSet other) {
    long rest = bits & ~other.bits;
    return rest == bits ? this : new FieldSet(rest);
  }

  /** P14: true when any field of this set must stay inside GenVoice. */
  public boolean anyInternalOnly() {
    return (bits & INTERNAL_ONLY) != 0L;
  }

  public boolean isEmpty() {
    return bits == 0L;
  }

  public int size() {
    return Long.bitCount(bits);
  }

  public Set<DisclosableField> toSet() {
    EnumSet<DisclosableField> set = EnumSet.noneOf(DisclosableField.class);
    for (DisclosableField field : FIELDS) {
      if (contains(field)) {
        set.add(field);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** The categories of personal information these fields hold (P02). */
  public Set<PiCategory> categories() {
    EnumSet<PiCategory> categories = EnumSet.noneOf(PiCategory.class);
    toSet().forEach(field -> categories.add(field.category()));
    return Collections.unmodifiableSet(categories);
  }

  /** The wire names of the fields, in catalogue order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>(size());
    toSet().forEach(field -> names.add(field.fieldName()));
    return List.copyOf(names);
  }

  private static long bit(DisclosableField field) {
    return 1L << field.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldSet that && that.bits == bits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bits);
  }

  @Override
  public String toString() {
    return fieldNames().toString();
  }
}
