package net.genvoice.customer.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The block list of well-known passwords, read once from {@code common-passwords.txt}. A password
 * is common when it (spaces ignored), or its core without the digits and punctuation people pad it
 * with, or that core with its look-alike characters (p@ssw0rd) read as letters, is on the list.
 */
final class CommonPasswords {

  private static final String RESOURCE = "common-passwords.txt";
  private static final Set<String> LIST = load();

  private CommonPasswords() {}

  static boolean contains(String password) {
    String lower = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
    return Stream.of(lower, core, unleet(core, 'i'), unleet(core, 'l'))
        .filter(candidate -> !candidate.isEmpty())
        .anyMatch(LIST::contains);
  }

  static int size() {
    return LIST.size();
  }

  private static String unleet(String core, char one) {
    return core.replace('@', 'a')
        .replace('4', 'a')
        .replace('0', 'o')
        .replace('3', 'e')
        .replace('$', 's')
        .replace('5', 's')
        .replace('7', 't')
        .replace('!', 'i')
        .replace('1', one);
  }

  private static Set<String> load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .map(line -> line.strip().toLowerCase(Locale.ROOT))
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
