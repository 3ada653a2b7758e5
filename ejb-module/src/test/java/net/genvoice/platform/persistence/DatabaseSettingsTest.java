package net.genvoice.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void defaultsToAnH2FileUnderTheDataDirectory() {
    DatabaseSettings settings =
        DatabaseSettings.from(new MapConfig(Map.of("genvoice.data.dir", "/srv/genvoice")));

    assertEquals(
        "jdbc:h2:file:" + Path.of("/srv/genvoice", "h2", "genvoice") + ";MODE=MySQL",
        settings.url());
    assertFalse(settings.isMySql());
    assertEquals("", settings.user());
    assertEquals("", settings.password());
  }

  @Test
  void defaultsTheDataDirectoryToDataInTheWorkingDirectory() {
    DatabaseSettings settings = DatabaseSettings.from(new MapConfig(Map.of()));

    assertEquals(
        "jdbc:h2:file:" + Path.of("data", "h2", "genvoice").toAbsolutePath() + ";MODE=MySQL",
        settings.url());
  }

  @Test
  void blankUrlFallsBackToTheEmbeddedDatabase() {
    DatabaseSettings settings =
        DatabaseSettings.from(
            new MapConfig(Map.of("genvoice.db.url", " ", "genvoice.data.dir", "/srv/genvoice")));

    assertTrue(settings.url().startsWith("jdbc:h2:file:"), settings.url());
  }

  @Test
  void mySqlUrlSelectsMySql() {
    DatabaseSettings settings =
        DatabaseSettings.from(
            new MapConfig(
                Map.of(
                    "genvoice.db.url", "jdbc:mysql://127.0.0.1:3306/genvoice",
                    "genvoice.db.user", "genvoice",
                    "genvoice.db.password", "development-only")));

    assertTrue(settings.isMySql());
    assertEquals("jdbc:mysql://127.0.0.1:3306/genvoice", settings.url());
    assertEquals("genvoice", settings.user());
    assertEquals("development-only", settings.password());
  }

  @Test
  void safeUrlStripsParameters() {
    assertEquals(
        "jdbc:mysql://db.example:3306/genvoice",
        new DatabaseSettings("jdbc:mysql://db.example:3306/genvoice?user=root&password=x", "", "")
            .safeUrl());
    assertEquals(
        "jdbc:h2:mem:genvoice-it",
        new DatabaseSettings("jdbc:h2:mem:genvoice-it;DB_CLOSE_DELAY=-1;PASSWORD=x", "", "")
            .safeUrl());
  }
}
