package net.genvoice.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the test archive for Arquillian on Payara Micro from what the build really produced: the
 * packaged EJB jar ({@code target/genvoice-ejb.jar}, persistence.xml and beans.xml included) and
 * its runtime libraries ({@code target/it-libs}), as libraries of a WAR (EJB in WAR). The caller
 * adds only its test-only classes and resources. Both inputs exist from the {@code package} and
 * {@code pre-integration-test} phases on, so the archive fails loudly when built outside {@code mvn
 * verify} rather than testing stale classes.
 *
 * <p>The module's outbound ports are implemented in integration-module, so the jar alone does not
 * deploy (WELD-001408, unsatisfied {@code PaymentGateway}): every archive carries the test-only
 * stand-ins of those ports ({@link RecordingPaymentGateway}, {@link RecordingPartners}, {@link
 * RecordingMessaging} and their nested beans). In {@code WEB-INF/classes} they satisfy the
 * injection points of the jar in {@code WEB-INF/lib}: a WAR is one module, and CDI lets its bean
 * archives see each other's beans.
 */
public final class Deployments {

  /** Failsafe sets this to {@code ${project.build.directory}}. */
  static final String BUILD_DIRECTORY_PROPERTY = "genvoice.buildDirectory";

  static final String EJB_JAR = "genvoice-ejb.jar";
  static final String LIBRARIES = "it-libs";
  static final String CONFIG = "deployment/microprofile-config.properties";

  private Deployments() {}

  /**
   * The EJB module as built, its libraries, the test configuration (an in-memory H2 database) and
   * the stand-ins of its outbound ports and the given test-only classes in {@code WEB-INF/classes},
   * discovered by CDI when annotated.
   */
  public static WebArchive ejbModule(String name, Class<?>... testClasses) {
    Path build = buildDirectory();
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addAsLibrary(existing(build.resolve(EJB_JAR)).toFile())
        .addAsLibraries(libraries(build.resolve(LIBRARIES)))
        .addAsResource(CONFIG, "META-INF/microprofile-config.properties")
        .addAsWebInfResource(beansXml(), "beans.xml")
        .addClasses(Deployments.class, RecordingPaymentGateway.class, RecordingMessaging.class)
        .addClasses(RecordingMessaging.class.getDeclaredClasses())
        .addClasses(RecordingPartners.class)
        .addClasses(RecordingPartners.class.getDeclaredClasses())
        .addClasses(testClasses);
  }

  static Path buildDirectory() {
    String configured = System.getProperty(BUILD_DIRECTORY_PROPERTY);
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException(
          "System property "
              + BUILD_DIRECTORY_PROPERTY
              + " is not set: run the in-container tests through `mvn verify` (failsafe)");
    }
    return Path.of(configured);
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " does not exist: the in-container tests need the packaged module (`mvn verify`)");
    }
    return file;
  }

  private static File[] libraries(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(
          directory + " does not exist: it is filled in the pre-integration-test phase");
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
      if (jars.isEmpty()) {
        throw new IllegalStateException(directory + " holds no libraries");
      }
      return jars.stream().map(Path::toFile).toArray(File[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset beansXml() {
    return new StringAsset(
        """
        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"
               bean-discovery-mode="annotated"/>
        """);
  }
}
