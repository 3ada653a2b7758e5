package net.genvoice.web.portal;

import java.util.List;

/** The privacy policy as the page shows it: a title and its sections in order. */
public record PolicyDocument(String title, List<PolicySection> sections) {}
