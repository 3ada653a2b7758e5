package net.genvoice.web.usage.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.genvoice.usage.boundary.UsageReportView;
import net.genvoice.usage.boundary.UsageReports;

/**
 * P05: uses per feature per ISO week for marketing and compliance officers (web.xml: the reports
 * area). Every count below five is suppressed; the report names no visitor, device or customer.
 */
@Path("staff/reports/usage")
@Produces(MediaType.APPLICATION_JSON)
public class UsageReportResource {

  @EJB UsageReports reports;

  /** {@code from} and {@code to} are ISO dates; by default the last twelve weeks. */
  @GET
  public UsageReportView weekly(@QueryParam("from") String from, @QueryParam("to") String to) {
    ReportPeriod period = ReportPeriod.of(from, to, LocalDate.now(ZoneOffset.UTC));
    return reports.weekly(period.from(), period.to());
  }
}
