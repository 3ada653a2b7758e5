package net.genvoice.usage.boundary;

import java.time.Instant;
import net.genvoice.cookies.entity.CookieChoice;
import net.genvoice.usage.entity.Feature;

/**
 * P04: what the web layer saw of one request, as it saw it: the time, the feature, the client's
 * address, the device id it sent ({@code X-Device-Id}), the analytics cookie's value, the session
 * id, the User-Agent, the signed-in customer and, for a visitor who is not one, the choice their
 * browser's cookie keeps. {@link UsageRows} minimises it before anything is stored.
 */
public record UsageCommand(
    Instant occurredAt,
    Feature feature,
    String ipAddress,
    String deviceId,
    String visitorId,
    String sessionId,
    String userAgent,
    String customerId,
    CookieChoice cookieChoice) {}
