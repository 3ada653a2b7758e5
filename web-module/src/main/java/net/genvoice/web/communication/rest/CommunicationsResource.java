package net.genvoice.web.communication.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import net.genvoice.communication.boundary.ChannelPreferenceCommand;
import net.genvoice.communication.boundary.ChannelPreferenceView;
import net.genvoice.communication.boundary.CommunicationPreferences;
import net.genvoice.communication.boundary.CommunicationPreferencesView;
import net.genvoice.communication.boundary.MessageView;
import net.genvoice.communication.boundary.Messages;

/**
 * P12, P13: the signed-in customer's marketing channels (telemarketing, direct-mail, email) and
 * their own message log. A change is a consent event on the web channel, effective at once.
 */
@Path("me/communications")
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationsResource {

  @EJB CommunicationPreferences preferences;
  @EJB Messages messages;
  @Context SecurityContext caller;
  @Context HttpServletRequest request;

  @GET
  public CommunicationPreferencesView preferences() {
    return preferences.preferences(callerId());
  }

  /** Allows ({@code granted: true}, with the text version confirmed) or stops one channel. */
  @PUT
  @Path("{channel}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelPreferenceView change(
      @PathParam("channel") String channel, @NotNull @Valid ChannelPreferenceCommand command) {
    return preferences.change(callerId(), channel, command, request.getRemoteAddr());
  }

  /** The messages GenVoice sent or held back, newest first, with the reason. */
  @GET
  @Path("messages")
  public List<MessageView> messages() {
    return messages.log(callerId());
  }

  private String callerId() {
    return caller.getUserPrincipal().getName();
  }
}
