package net.genvoice.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's default run, as a newcomer gets it: {@code genvoice-server run} in the foreground on
 * the embedded H2 database, in a fresh data folder. It must come up ready, stop cleanly on SIGTERM
 * (exit 0, ports closed) and come up again on the same data folder.
 */
class DefaultRunSmokeIT {

  private static final int PORTBASE = 28000;
  private static final int HTTP_PORT = PORTBASE + 80;
  private static final int ADMIN_PORT = PORTBASE + 48;
  private static final URI BASE = URI.create("http://127.0.0.1:" + HTTP_PORT);
  private static final Duration READY_WITHIN = Duration.ofSeconds(240);
  private static final Duration STOPPED_WITHIN = Duration.ofSeconds(90);

  private final Http http = new Http();
  private final Path dataDir = SystemUnderTest.path("genvoice.smokeDataDir");
  private Process server;

  @Test
  void runsOnH2StopsOnSigtermAndComesBackOnTheSameData() throws Exception {
    deleteRecursively(dataDir);

    Path firstLog = dataDir.resolveSibling("smoke-run-1.log");
    server = run(firstLog);
    awaitReady(firstLog);
    int home = http.get(BASE.resolve("/")).statusCode();
    // the home page itself is tested in HomePageIT; here the portal must only answer without error
    assertTrue(home < 500, "GET / answered " + home);
    assertTrue(
        Files.isRegularFile(dataDir.resolve("h2/genvoice.mv.db")),
        "no H2 database under " + dataDir);
    stopWithSigterm(firstLog);

    Path secondLog = dataDir.resolveSibling("smoke-run-2.log");
    server = run(secondLog);
    awaitReady(secondLog);
    assertTrue(
        output(secondLog).contains("genvoice unchanged since the last deployment"),
        "the second run did not reuse the domain and deployment of the first: " + tail(secondLog));
    assertTrue(Files.isRegularFile(dataDir.resolve("h2/genvoice.mv.db")));
    stopWithSigterm(secondLog);
  }

  /** Whatever happened, no server of this test outlives it. */
  @AfterEach
  void stopWhateverIsLeft() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(STOPPED_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
      }
    }
    // the domain that the script starts briefly to configure it runs detached from the script
    Process stop = script("stop").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!stop.waitFor(60, TimeUnit.SECONDS)) {
      stop.destroyForcibly();
    }
  }

  private Process run(Path log) throws IOException {
    return script("run").redirectOutput(log.toFile()).start();
  }

  private ProcessBuilder script(String command) {
    var builder =
        new ProcessBuilder("bash", SystemUnderTest.setting("genvoice.serverScript"), command)
            .redirectInput(new File("/dev/null"))
            .redirectErrorStream(true);
    var env = builder.environment();
    // no GENVOICE_DB_URL, nor any other setting from outside: the default run, on H2
    env.keySet().removeIf(name -> name.startsWith("GENVOICE_"));
    env.put("GENVOICE_DATA_DIR", dataDir.toString());
    env.put("GENVOICE_PORTBASE", Integer.toString(PORTBASE));
    env.put("PAYARA_HOME", SystemUnderTest.setting("genvoice.payaraHome"));
    env.put("GENVOICE_EAR", SystemUnderTest.setting("genvoice.ear"));
    return builder;
  }

  private void awaitReady(Path log) throws Exception {
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        fail(
            "the server script ended (exit "
                + server.exitValue()
                + ") before ready:\n"
                + tail(log));
      }
      try {
        // both: readiness answers 200 as soon as the domain has loaded what it had deployed, which
        // on
        // a restart is before the script has checked that deployment against the EAR and announced
        if (http.get(BASE.resolve("/health/ready")).statusCode() == 200
            && output(log).contains("[genvoice] ready:")) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // the port opens only once the domain has started
      }
      Thread.sleep(1_000);
    }
    fail("not ready within " + READY_WITHIN.toSeconds() + " s:\n" + tail(log));
  }

  private void stopWithSigterm(Path log) throws Exception {
    server.destroy(); // SIGTERM on Linux
    assertTrue(
        server.waitFor(STOPPED_WITHIN.toSeconds(), TimeUnit.SECONDS),
        "still running " + STOPPED_WITHIN.toSeconds() + " s after SIGTERM:\n" + tail(log));
    assertEquals(0, server.exitValue(), tail(log));
    assertTrue(output(log).contains("[genvoice] stopped"), tail(log));
    assertFalse(listening(HTTP_PORT), "port " + HTTP_PORT + " still open after the stop");
    assertFalse(listening(ADMIN_PORT), "port " + ADMIN_PORT + " still open after the stop");
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private static String output(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.ISO_8859_1);
  }

  private static String tail(Path log) throws IOException {
    String text = output(log);
    return text.substring(Math.max(0, text.length() - 4_000));
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    assertFalse(Files.exists(directory), "could not delete " + directory);
  }
}
