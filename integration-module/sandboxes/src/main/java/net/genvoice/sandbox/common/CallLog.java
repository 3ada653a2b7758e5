package net.genvoice.sandbox.common;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a partner's sandbox saw: how many calls, and the names (never the values) of the fields of
 * the last one, so a test can check that a denied release sent nothing and that a permitted one
 * sent only its fields.
 */
public final class CallLog {

  private static final Map<String, CallLog> BY_PARTNER = new ConcurrentHashMap<>();

  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicReference<List<String>> lastFields = new AtomicReference<>(List.of());

  private CallLog() {}

  /** The log of the named partner's sandbox, shared by its servlets and endpoints. */
  public static CallLog of(String partner) {
    return BY_PARTNER.computeIfAbsent(partner, name -> new CallLog());
  }

  public void saw(List<String> fieldNames) {
    calls.incrementAndGet();
    lastFields.set(List.copyOf(fieldNames));
  }

  public JsonObject toJson() {
    JsonArrayBuilder names = Json.createArrayBuilder();
    lastFields.get().forEach(names::add);
    return Json.createObjectBuilder().add("calls", calls.get()).add("lastFields", names).build();
  }
}
