package net.genvoice.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All sandboxes, under the WAR's context root ({@code /sandbox}). */
@ApplicationPath("/")
public class SandboxApplication extends Application {}
