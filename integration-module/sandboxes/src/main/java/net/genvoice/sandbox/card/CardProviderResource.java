package net.genvoice.sandbox.card;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The card provider's tokenisation API. Like a real provider it keeps the card itself and hands
 * back a token; this sandbox keeps nothing at all. Card numbers ending in 0002 are declined
 * whatever the behaviour.
 */
@Path("card-provider/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardProviderResource {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SandboxBehaviour behaviour;

  @POST
  @Path("tokens")
  public Response tokenize(TokenizeRequest request) throws InterruptedException {
    if (request == null || request.number() == null || request.cvv() == null) {
      return Response.status(400).entity(Map.of("error", "number and cvv are required")).build();
    }
    switch (behaviour.mode()) {
      case FAIL:
        return Response.status(503).entity(Map.of("error", "sandbox: failing on purpose")).build();
      case TIMEOUT:
        Thread.sleep(60_000);
        break;
      case SLOW:
        Thread.sleep(3_000);
        break;
      default:
        break;
    }
    if (behaviour.mode() == SandboxBehaviour.Mode.DECLINE || request.number().endsWith("0002")) {
      return Response.status(402).entity(Map.of("error", "card_declined")).build();
    }
    String token = "tok_" + HexFormat.of().formatHex(bytes());
    String last4 = request.number().substring(request.number().length() - 4);
    return Response.status(201).entity(new TokenView(token, last4)).build();
  }

  @GET
  @Path("sandbox/behaviour")
  public Map<String, String> behaviour() {
    return Map.of("mode", behaviour.mode().name().toLowerCase());
  }

  @PUT
  @Path("sandbox/behaviour")
  public Map<String, String> switchBehaviour(Map<String, String> body) {
    behaviour.switchTo(SandboxBehaviour.Mode.valueOf(body.get("mode").toUpperCase()));
    return behaviour();
  }

  private static byte[] bytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
