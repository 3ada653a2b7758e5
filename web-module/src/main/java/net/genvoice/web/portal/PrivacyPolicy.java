package net.genvoice.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * privacy.xhtml: GenVoice's published privacy policy, read once from the text shipped with the
 * application (the same text the promises P01-P29 are numbered from).
 */
@Named
@ApplicationScoped
public class PrivacyPolicy {

  static final String RESOURCE = "privacy-policy.txt";

  private volatile PolicyDocument document;

  public PolicyDocument getDocument() {
    PolicyDocument read = document;
    if (read == null) {
      read = PolicyText.parse(text());
      document = read;
    }
    return read;
  }

  static String text() {
    try (InputStream in = PrivacyPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The privacy policy text is missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
