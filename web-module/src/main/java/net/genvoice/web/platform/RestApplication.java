package net.genvoice.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The customer REST API, versioned under {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
