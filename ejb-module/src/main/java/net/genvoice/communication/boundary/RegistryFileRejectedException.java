package net.genvoice.communication.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.genvoice.communication.control.RegistryFile;
import net.genvoice.platform.error.BusinessException;

/**
 * P12: a registry file with any bad line imports nothing. Each bad line is a field error named
 * {@code line N} with its reason (the first {@value RegistryFile#MAX_REPORTED}); the message gives
 * the count of all.
 */
public class RegistryFileRejectedException extends BusinessException {

  private final Map<String, String> lines;

  RegistryFileRejectedException(RegistryFile.Contents contents) {
    super(
        Kind.INVALID,
        "registry-file-invalid",
        contents.badLineCount()
            + (contents.badLineCount() == 1 ? " line is" : " lines are")
            + " not valid; nothing was imported.");
    Map<String, String> byLine = new LinkedHashMap<>();
    contents.badLines().forEach(bad -> byLine.put("line " + bad.line(), bad.reason()));
    this.lines = Collections.unmodifiableMap(byLine);
  }

  @Override
  public Map<String, String> fieldErrors() {
    return lines;
  }
}
