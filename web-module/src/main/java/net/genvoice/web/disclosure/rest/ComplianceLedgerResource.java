package net.genvoice.web.disclosure.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import net.genvoice.disclosure.boundary.DisclosureLedger;
import net.genvoice.disclosure.boundary.LedgerEntryView;
import net.genvoice.disclosure.boundary.LedgerVerificationView;

/** The compliance officer's audit of a subject's ledger and the verification of its hash chain. */
@Path("staff/compliance/ledger/{subjectId}")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceLedgerResource {

  @EJB DisclosureLedger ledger;
  @Context SecurityContext caller;

  /** Every entry, denials and outcomes included, oldest first, with their hashes. */
  @GET
  public List<LedgerEntryView> entries(@PathParam("subjectId") String subjectId) {
    ComplianceOfficers.require(caller);
    return ledger.entriesOf(subjectId);
  }

  /** Whether the chain is intact, or the first edited, reordered or deleted entry. */
  @GET
  @Path("verification")
  public LedgerVerificationView verification(@PathParam("subjectId") String subjectId) {
    ComplianceOfficers.require(caller);
    return ledger.verify(subjectId);
  }
}
