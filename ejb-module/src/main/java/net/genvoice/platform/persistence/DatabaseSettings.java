package net.genvoice.platform.persistence;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is. Without a configured URL, GenVoice uses an embedded H2 file under the data
 * directory ({@code genvoice.data.dir}, default {@code ./data}), so data survives a restart.
 */
public record DatabaseSettings(String url, String user, String password) {

  public static DatabaseSettings from(Config config) {
    String url =
        config
            .getOptionalValue("genvoice.db.url", String.class)
            .filter(value -> !value.isBlank())
            .orElseGet(() -> embeddedUrl(config));
    String user = config.getOptionalValue("genvoice.db.user", String.class).orElse("");
    String password = config.getOptionalValue("genvoice.db.password", String.class).orElse("");
    return new DatabaseSettings(url, user, password);
  }

  private static String embeddedUrl(Config config) {
    Path dataDir =
        Path.of(config.getOptionalValue("genvoice.data.dir", String.class).orElse("data"))
            .toAbsolutePath();
    return "jdbc:h2:file:" + dataDir.resolve("h2").resolve("genvoice") + ";MODE=MySQL";
  }

  public boolean isMySql() {
    return url.startsWith("jdbc:mysql:");
  }

  /** The URL without anything after '?' or ';', for messages. */
  public String safeUrl() {
    return url.replaceAll("[?;].*$", "");
  }
}
