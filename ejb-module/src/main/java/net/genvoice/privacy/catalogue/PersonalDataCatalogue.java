package net.genvoice.privacy.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * P02: reads the catalogue tags off persistent classes, so that export, erasure, masking and
 * disclosure filtering are all driven by the one set of {@link PersonalData} tags. Fields are named
 * {@code fully.qualified.DeclaringClass.field}.
 */
public final class PersonalDataCatalogue {

  private PersonalDataCatalogue() {}

  /** True for classes annotated {@link Entity}, {@link Embeddable} or {@link MappedSuperclass}. */
  public static boolean isPersistent(Class<?> type) {
    return type.isAnnotationPresent(Entity.class)
        || type.isAnnotationPresent(Embeddable.class)
        || type.isAnnotationPresent(MappedSuperclass.class);
  }

  /**
   * The persistent fields of a type, its persistent superclasses' first: every field that is
   * neither static, transient (modifier or {@link Transient}) nor synthetic. Empty for a type that
   * is not persistent.
   */
  public static List<Field> persistentFields(Class<?> type) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = type; c != null && isPersistent(c); c = c.getSuperclass()) {
      hierarchy.push(c);
    }
    return hierarchy.stream()
        .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
        .filter(PersonalDataCatalogue::isPersistentField)
        .toList();
  }

  /**
   * P02: the persistent fields of the type that do not carry exactly one of {@link PersonalData}
   * and {@link NotPersonal}: untagged, or tagged both ways.
   */
  public static List<String> untaggedFields(Class<?> type) {
    return persistentFields(type).stream()
        .filter(
            f ->
                f.isAnnotationPresent(PersonalData.class)
                    == f.isAnnotationPresent(NotPersonal.class))
        .map(PersonalDataCatalogue::nameOf)
        .toList();
  }

  /**
   * P02: the fields tagged {@link PersonalData} in the given types, per category; every category is
   * a key, in declaration order, with an empty list when no field holds it. A field inherited by
   * several types is listed once.
   */
  public static Map<PiCategory, List<String>> fieldsByCategory(Collection<Class<?>> types) {
    Map<PiCategory, Set<String>> found = new EnumMap<>(PiCategory.class);
    for (PiCategory category : PiCategory.values()) {
      found.put(category, new LinkedHashSet<>());
    }
    for (Class<?> type : types) {
      for (Field field : persistentFields(type)) {
        PersonalData tag = field.getAnnotation(PersonalData.class);
        if (tag != null) {
          found.get(tag.value()).add(nameOf(field));
        }
      }
    }
    Map<PiCategory, List<String>> result = new EnumMap<>(PiCategory.class);
    found.forEach((category, fields) -> result.put(category, List.copyOf(fields)));
    return Collections.unmodifiableMap(result);
  }

  private static boolean isPersistentField(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !field.isAnnotationPresent(Transient.class);
  }

  private static String nameOf(Field field) {
    return field.getDeclaringClass().getName() + "." + field.getName();
  }
}
