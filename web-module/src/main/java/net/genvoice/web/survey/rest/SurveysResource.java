package net.genvoice.web.survey.rest;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.genvoice.survey.boundary.SurveyCommand;
import net.genvoice.survey.boundary.SurveyView;
import net.genvoice.survey.boundary.Surveys;

/**
 * P14: marketing staff (role "marketing", by web.xml) write surveys as drafts, open them to
 * customers and close them, and see how many answered. Individual answers are not served here.
 */
@Path("staff/marketing/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

  @EJB Surveys surveys;
  @Context SecurityContext caller;

  @GET
  public List<SurveyView> all() {
    return surveys.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid SurveyCommand command, @Context UriInfo uri) {
    SurveyView created = surveys.create(caller.getUserPrincipal().getName(), command);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{surveyId}")
  public SurveyView survey(@PathParam("surveyId") String surveyId) {
    return surveys.survey(surveyId);
  }

  /** Opens a draft to customers who agreed to take part in surveys. */
  @POST
  @Path("{surveyId}/opening")
  public SurveyView open(@PathParam("surveyId") String surveyId) {
    return surveys.open(surveyId);
  }

  /** Closes an open survey; it takes no more answers. */
  @POST
  @Path("{surveyId}/closing")
  public SurveyView close(@PathParam("surveyId") String surveyId) {
    return surveys.close(surveyId);
  }
}
