package net.genvoice.cookies.boundary;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * P06: a customer's whole cookie choice, category code to consented, e.g. {@code {"analytics":
 * true, "personalisation": false, "beacons": false}}. A category left out is refused; essential
 * cookies may be named only as {@code true}.
 */
public record CookiePreferencesCommand(@Size(max = 10) Map<String, Boolean> categories) {}
