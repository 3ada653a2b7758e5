package net.genvoice.web.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tells clients and monitoring which API version and which build answer. */
@Path("version")
public class VersionResource {

  private static final String BUILD = readBuild();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The API version and the build serving it")
  public VersionView version() {
    return new VersionView("v1", BUILD);
  }

  private static String readBuild() {
    Properties properties = new Properties();
    try (InputStream in = VersionResource.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("build", "unknown");
  }
}
