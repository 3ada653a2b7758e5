package net.genvoice.web.portal;

import java.util.List;

/** A paragraph (text) or a bulleted list (items) of the privacy policy. */
public record PolicyBlock(String text, List<String> items) {

  public boolean isList() {
    return !items.isEmpty();
  }
}
