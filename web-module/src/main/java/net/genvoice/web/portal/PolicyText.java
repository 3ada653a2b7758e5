package net.genvoice.web.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the published privacy policy from its plain text: the first line is the title; a short line
 * without closing punctuation is a section heading; lines starting with a bullet are list items;
 * every other line is a paragraph. Text stays text: the page escapes it.
 */
final class PolicyText {

  private static final Pattern BULLET = Pattern.compile("^\\s*[•*-]\\s+");
  private static final int MAX_HEADING_LENGTH = 60;

  private PolicyText() {}

  static PolicyDocument parse(String text) {
    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty()) {
      return new PolicyDocument("", List.of());
    }
    List<PolicySection> sections = new ArrayList<>();
    Section current = new Section("");
    for (String line : lines.subList(1, lines.size())) {
      if (isHeading(line)) {
        current.addTo(sections);
        current = new Section(line);
      } else if (BULLET.matcher(line).find()) {
        current.item(BULLET.matcher(line).replaceFirst(""));
      } else {
        current.paragraph(line);
      }
    }
    current.addTo(sections);
    return new PolicyDocument(lines.get(0), List.copyOf(sections));
  }

  static boolean isHeading(String line) {
    return line.length() <= MAX_HEADING_LENGTH
        && !BULLET.matcher(line).find()
        && !line.matches(".*[.:;,!?]$");
  }

  /** A section while it is being read. */
  private static final class Section {
    private final String heading;
    private final List<PolicyBlock> blocks = new ArrayList<>();
    private List<String> items;

    Section(String heading) {
      this.heading = heading;
    }

    void paragraph(String text) {
      items = null;
      blocks.add(new PolicyBlock(text, List.of()));
    }

    void item(String text) {
      if (items == null) {
        items = new ArrayList<>();
        blocks.add(new PolicyBlock("", items));
      }
      items.add(text);
    }

    void addTo(List<PolicySection> sections) {
      if (!heading.isEmpty() || !blocks.isEmpty()) {
        List<PolicyBlock> frozen =
            blocks.stream().map(b -> new PolicyBlock(b.text(), List.copyOf(b.items()))).toList();
        sections.add(new PolicySection(heading, frozen));
      }
    }
  }
}
