package net.genvoice.sandbox.common;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A sandbox's answer to one call: the HTTP status and the JSON body. */
public record Answer(int status, JsonObject body) {

  public static Answer error(int status, String error) {
    return new Answer(status, Json.createObjectBuilder().add("error", error).build());
  }
}
