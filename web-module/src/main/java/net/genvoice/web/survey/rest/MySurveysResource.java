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
import net.genvoice.survey.boundary.AnswersCommand;
import net.genvoice.survey.boundary.OpenSurveyView;
import net.genvoice.survey.boundary.SurveyResponseView;
import net.genvoice.survey.boundary.SurveyResponses;

/**
 * P14: the signed-in customer's surveys (role "customer"): the open surveys they are invited to
 * (only with their consent to survey participation), their answers, and their own responses, each
 * marked internal-only.
 */
@Path("me/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class MySurveysResource {

  @EJB SurveyResponses surveyResponses;
  @Context SecurityContext caller;

  @GET
  public List<OpenSurveyView> openSurveys() {
    return surveyResponses.openFor(callerId());
  }

  /** Answers an open survey once; {@code answers} maps each question id to its answer. */
  @POST
  @Path("{surveyId}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(
      @PathParam("surveyId") String surveyId,
      @NotNull @Valid AnswersCommand command,
      @Context UriInfo uri) {
    SurveyResponseView response = surveyResponses.answer(callerId(), surveyId, command);
    return Response.created(uri.getBaseUriBuilder().path("me/surveys/responses").build())
        .entity(response)
        .build();
  }

  @GET
  @Path("responses")
  public List<SurveyResponseView> responses() {
    return surveyResponses.responsesOf(callerId());
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
