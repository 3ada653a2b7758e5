package net.genvoice.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How every sandbox answers: JSON bodies, and errors as {@code {"error": "..."}}. */
public final class SandboxJson {

  private SandboxJson() {}

  public static JsonObject error(String message) {
    return Json.createObjectBuilder().add("error", message).build();
  }

  public static void answer(HttpServletResponse response, int status, JsonStructure body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.toString());
  }
}
