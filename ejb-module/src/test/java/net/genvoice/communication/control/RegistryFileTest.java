package net.genvoice.communication.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P12: the registry file format of the README, and every way a line can be refused. */
class RegistryFileTest {

  @Test
  void readsTheNumbersAfterTheHeaderSortedAndDistinct() {
    RegistryFile.Contents contents =
        read("phone_number\r\n+442079460000\r\n\"+14155550100\"\r\n+14155550100\r\n\r\n");

    assertTrue(contents.isValid(), contents.badLines().toString());
    assertArrayEquals(new long[] {14155550100L, 442079460000L}, contents.numbers());
    assertEquals(1, contents.duplicates());
    assertEquals("+14155550100", RegistryFile.Contents.e164(contents.numbers()[0]));
  }

  @Test
  void acceptsAByteOrderMarkAndAnUpperCaseHeader() {
    RegistryFile.Contents contents = read("\uFEFFPHONE_NUMBER\n+14155550100");

    assertTrue(contents.isValid(), contents.badLines().toString());
    assertEquals(1, contents.numbers().length);
  }

  @Test
  void reportsEveryBadLineWithItsNumberAndReason() {
    RegistryFile.Contents contents =
        read(
            "phone_number\n+14155550100\n415-555-0100\n\n+1415555010,x\n+0123456789\n"
                + "+14155550199\n+1 415 555 0101\n");

    assertFalse(contents.isValid());
    assertEquals(5, contents.badLineCount());
    assertEquals(
        List.of(3L, 4L, 5L, 6L, 8L),
        contents.badLines().stream().map(RegistryFile.BadLine::line).toList());
    assertTrue(contents.badLines().get(0).reason().contains("E.164"));
    assertTrue(contents.badLines().get(0).reason().contains("\"415-555-0100\""));
    assertEquals("empty line", contents.badLines().get(1).reason());
    assertTrue(contents.badLines().get(2).reason().startsWith("one column expected"));
  }

  @Test
  void refusesAWrongHeaderAnEmptyFileAndAFileWithoutNumbers() {
    assertEquals(
        List.of(new RegistryFile.BadLine(1, "the first line must be the header phone_number")),
        read("+14155550100\n+14155550101\n").badLines());
    assertEquals(1, read("").badLines().get(0).line());
    assertEquals(
        List.of(new RegistryFile.BadLine(2, "the file has no numbers after the header")),
        read("phone_number\n\n").badLines());
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 =
        "phone_number\n+14155550100\n+1415555\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    RegistryFile.Contents contents = RegistryFile.read(new ByteArrayInputStream(latin1));

    assertFalse(contents.isValid());
    assertEquals(3, contents.badLines().get(0).line());
    assertEquals("not UTF-8 text", contents.badLines().get(0).reason());
  }

  @Test
  void reportsAtMostAThousandBadLinesButCountsThemAll() {
    StringBuilder csv = new StringBuilder("phone_number\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("bad\n");
    }

    RegistryFile.Contents contents = read(csv.toString());

    assertEquals(1500, contents.badLineCount());
    assertEquals(RegistryFile.MAX_REPORTED, contents.badLines().size());
  }

  @Test
  void neverQuotesBackMoreThanAPhoneNumberCouldBe() {
    String reason = read("phone_number\n" + "x".repeat(500) + "\n").badLines().get(0).reason();

    assertTrue(reason.length() < 200, reason);
  }

  private static RegistryFile.Contents read(String csv) {
    return RegistryFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
