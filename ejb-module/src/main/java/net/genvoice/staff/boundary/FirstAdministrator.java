package net.genvoice.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import net.genvoice.identity.control.Secrets;
import net.genvoice.identity.control.StaffDirectory;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.staff.entity.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At the first start (no staff yet), creates the administrator "admin". Its one-time password comes
 * from the setting {@code genvoice.admin.initial-password}, or is generated and written, readable
 * by the owner only, to {@code <data dir>/initial-admin-password}, which the start script prints
 * once and deletes. No log line ever carries it.
 */
@Singleton
@Startup
@DependsOn("Database")
public class FirstAdministrator {

  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @EJB StaffMembers staff;
  @Inject StaffDirectory directory;

  @Inject
  @ConfigProperty(name = "genvoice.admin.initial-password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "genvoice.data.dir", defaultValue = "data")
  String dataDir;

  @PostConstruct
  void createIfNoStaff() {
    if (directory.isEnabled()) {
      LOG.info("Staff sign in with the company directory; no local administrator is created");
      return;
    }
    if (staff.exist()) {
      return;
    }
    String password =
        configuredPassword.filter(value -> !value.isBlank()).orElseGet(this::generated);
    try {
      // one-time either way: replaced at the first sign-in (PasswordChangeGate in the web module)
      staff.create(USERNAME, "Administrator", password, EnumSet.of(StaffRole.ADMINISTRATOR));
    } catch (InvalidInputException e) {
      throw new IllegalStateException(
          "The setting genvoice.admin.initial-password is refused: "
              + String.join("; ", e.fieldErrors().values()));
    }
    LOG.info(
        "Created the first staff administrator 'admin' (one-time password: see the start output)");
  }

  private String generated() {
    String password = Secrets.newToken().substring(0, 24);
    Path file = Path.of(dataDir).toAbsolutePath().resolve("initial-admin-password");
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the first administrator's password to " + file, e);
    }
    return password;
  }
}
