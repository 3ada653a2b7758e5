package net.genvoice.web.platform;

/** Which API this is and which build serves it. */
public record VersionView(String api, String build) {}
