package net.genvoice.web.portal;

import java.util.List;

/** One section of the privacy policy; the opening one has no heading. */
public record PolicySection(String heading, List<PolicyBlock> blocks) {}
