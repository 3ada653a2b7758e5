package net.genvoice.privacy.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * P02: every persistent field of every entity, embeddable and mapped superclass in the module's
 * build output is tagged with its PI category or as not personal.
 */
class PersonalDataTagsTest {

  @Test
  void everyPersistentFieldOfTheModuleIsTagged() throws Exception {
    List<Class<?>> classes = classesUnder(locationOf(PersonalDataCatalogue.class));
    assertTrue(
        classes.contains(PersonalDataCatalogue.class),
        "the scan of the build output must see the catalogue itself");

    Set<String> offending = offendingFields(classes);

    assertTrue(
        offending.isEmpty(),
        "P02: tag each of these persistent fields with exactly one of @PersonalData(category)"
            + " or @NotPersonal: "
            + String.join(", ", offending));
  }

  @Test
  void theSameScanReportsTheUntaggedFieldsOfTestOnlyEntities() throws Exception {
    List<Class<?>> classes = classesUnder(locationOf(FakeEntities.class));
    assertTrue(classes.contains(FakeEntities.Untagged.class));

    assertEquals(
        new TreeSet<>(
            List.of(
                FakeEntities.Party.class.getName() + ".untaggedInSuperclass",
                FakeEntities.TaggedTwice.class.getName() + ".email",
                FakeEntities.Untagged.class.getName() + ".nickname")),
        offendingFields(classes));
  }

  /** Every offending field once, also when a mapped superclass is shared by several entities. */
  private static Set<String> offendingFields(List<Class<?>> classes) {
    Set<String> offending = new TreeSet<>();
    classes.stream()
        .filter(PersonalDataCatalogue::isPersistent)
        .forEach(type -> offending.addAll(PersonalDataCatalogue.untaggedFields(type)));
    return offending;
  }

  private static Path locationOf(Class<?> type) throws URISyntaxException {
    Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(root), "expected a classes directory, found " + root);
    return root;
  }

  /** The classes compiled into a directory, loaded without initialising them. */
  private static List<Class<?>> classesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .filter(
              name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> name.replace(root.getFileSystem().getSeparator(), "."))
          .sorted()
          .<Class<?>>map(PersonalDataTagsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, PersonalDataTagsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + className, e);
    }
  }
}
