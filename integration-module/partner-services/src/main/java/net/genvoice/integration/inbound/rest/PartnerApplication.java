package net.genvoice.integration.inbound.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The partner REST API, versioned under {@code /partner/api/v1}. */
@ApplicationPath("/api/v1")
public class PartnerApplication extends Application {}
