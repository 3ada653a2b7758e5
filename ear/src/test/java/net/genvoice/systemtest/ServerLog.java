package net.genvoice.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The log of the server under test: {@code server.log} and the files Payara rotated it into. */
public final class ServerLog {

  private ServerLog() {}

  /** All the server wrote so far, rotated files first. Fails if there is no log at all. */
  public static String text() {
    Path log = SystemUnderTest.serverLog();
    if (!Files.isRegularFile(log)) {
      throw new IllegalStateException("No server log at " + log + ": did the server start?");
    }
    try (Stream<Path> files = Files.list(log.getParent())) {
      return files
          .filter(file -> file.getFileName().toString().startsWith(log.getFileName().toString()))
          .sorted((a, b) -> a.equals(log) ? 1 : b.equals(log) ? -1 : a.compareTo(b))
          .map(ServerLog::read)
          .collect(Collectors.joining());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      // ISO-8859-1 maps every byte, so a stray byte cannot hide the text around it
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
