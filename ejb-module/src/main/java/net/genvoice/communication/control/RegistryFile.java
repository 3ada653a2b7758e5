package net.genvoice.communication.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * P12: reads a national do-not-call registry file (CSV, documented in the README): a header line
 * {@code phone_number}, then one E.164 number per line. Blank lines are allowed only at the end; a
 * value may be in double quotes. The whole file is read and every bad line is reported with its
 * number and reason (the first {@value #MAX_REPORTED} of them, and the count of all), so that a
 * file with any bad line is refused as a whole. Numbers are kept as sorted distinct longs (8 bytes
 * each), so a large registry fits in memory.
 */
public final class RegistryFile {

  public static final String HEADER = "phone_number";
  public static final int MAX_REPORTED = 1000;

  /** One refused line: its number (the header is line 1) and why. */
  public record BadLine(long line, String reason) {}

  /** What a file holds: the distinct numbers, how many repeated ones, and the bad lines. */
  public record Contents(
      long[] numbers, int duplicates, List<BadLine> badLines, long badLineCount) {

    public boolean isValid() {
      return badLineCount == 0;
    }

    /** The numbers in E.164. */
    public static String e164(long number) {
      return "+" + number;
    }
  }

  private final List<BadLine> badLines = new ArrayList<>();
  private long badLineCount;
  private long[] numbers = new long[1024];
  private int size;

  private RegistryFile() {}

  public static Contents read(InputStream csv) {
    return new RegistryFile().readAll(csv);
  }

  private Contents readAll(InputStream csv) {
    long line = 0;
    long blankSince = 0;
    try (InputStream in = new BufferedInputStream(csv)) {
      for (Optional<byte[]> bytes = nextLine(in); bytes.isPresent(); bytes = nextLine(in)) {
        line++;
        Optional<String> text = decoded(bytes.get());
        if (text.isEmpty()) {
          bad(line, "not UTF-8 text");
        } else if (line == 1) {
          header(text.get());
        } else if (text.get().strip().isEmpty()) {
          blankSince = blankSince == 0 ? line : blankSince;
        } else {
          for (long blank = blankSince; blank > 0 && blank < line; blank++) {
            bad(blank, "empty line");
          }
          blankSince = 0;
          number(line, text.get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (line == 0) {
      bad(1, "the file is empty; the first line must be the header " + HEADER);
    } else if (size == 0 && badLineCount == 0) {
      bad(2, "the file has no numbers after the header");
    }
    return contents();
  }

  /** The bytes of the next line without its LF or CRLF; empty at the end of the file. */
  private static Optional<byte[]> nextLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(24);
    int b = in.read();
    if (b < 0) {
      return Optional.empty();
    }
    while (b >= 0 && b != '\n') {
      line.write(b);
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    return Optional.of(
        length > 0 && bytes[length - 1] == '\r' ? Arrays.copyOf(bytes, length - 1) : bytes);
  }

  private static Optional<String> decoded(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private void header(String text) {
    String header = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!HEADER.equalsIgnoreCase(unquoted(header.strip()))) {
      bad(1, "the first line must be the header " + HEADER);
    }
  }

  private void number(long line, String text) {
    String value = text.strip();
    String[] columns = value.split("[,;\\t]", -1);
    if (columns.length > 1) {
      bad(line, "one column expected (the phone number), found " + columns.length);
      return;
    }
    String number = unquoted(value);
    if (!E164Numbers.isValid(number)) {
      bad(line, "not " + E164Numbers.RULE + ": " + shortened(number));
      return;
    }
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, size * 2);
    }
    numbers[size++] = Long.parseLong(number.substring(1));
  }

  private Contents contents() {
    long[] sorted = Arrays.copyOf(numbers, size);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return new Contents(
        Arrays.copyOf(sorted, distinct), size - distinct, List.copyOf(badLines), badLineCount);
  }

  private void bad(long line, String reason) {
    badLineCount++;
    if (badLines.size() < MAX_REPORTED) {
      badLines.add(new BadLine(line, reason));
    }
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1).strip()
        : value;
  }

  /** A bad value is quoted back, but never more of it than a phone number could be. */
  private static String shortened(String value) {
    String shown = value.length() > 24 ? value.substring(0, 24) + "..." : value;
    return "\"" + shown + "\"";
  }
}
