package net.genvoice.web.communication.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import net.genvoice.communication.boundary.NationalRegistryImports;
import net.genvoice.communication.boundary.RegistryImportView;
import net.genvoice.communication.boundary.RegistryStatusView;

/**
 * P12: the national do-not-call registry: its state, and the import of its CSV file (README,
 * "National do-not-call registry file"). A file with any bad line imports nothing; the problem
 * lists every bad line as {@code line N} with its reason.
 */
@Path("staff/marketing/national-registry")
@Produces(MediaType.APPLICATION_JSON)
public class NationalRegistryResource {

  static final String CSV = "text/csv";

  @EJB NationalRegistryImports imports;
  @Context SecurityContext caller;

  /** The latest import and whether telemarketing may run with it. */
  @GET
  public RegistryStatusView status() {
    MarketingStaff.idOf(caller);
    return imports.status();
  }

  /** Imports the registry file; {@code date} is the file's date (YYYY-MM-DD). */
  @POST
  @Path("imports")
  @Consumes(CSV)
  public Response importFile(@QueryParam("date") String date, InputStream csv) {
    RegistryImportView imported = imports.importFile(MarketingStaff.idOf(caller), date, csv);
    return Response.status(Response.Status.CREATED).entity(imported).build();
  }
}
