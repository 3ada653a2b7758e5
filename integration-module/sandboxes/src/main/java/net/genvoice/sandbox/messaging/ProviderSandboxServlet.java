package net.genvoice.sandbox.messaging;

import static net.genvoice.sandbox.SandboxJson.answer;
import static net.genvoice.sandbox.SandboxJson.error;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the three messaging sandboxes share: {@code POST /<resource>} takes one message (JSON with
 * the sender's {@code reference}, an idempotency key: the same reference answers the same id) and
 * answers 202 with the provider's id, or 422 when the provider refuses the destination; {@code
 * GET/PUT /sandbox/behaviour} reads or switches the behaviour (accept, reject, fail: 503, timeout:
 * answers after 60 s, hold: waits until switched to another mode, at most 30 s); {@code GET
 * /sandbox/received} lists the last 1,000 destinations it accepted or refused, each with the field
 * names (never the values) of the message, nested ones dotted ({@code recipient.name}); {@code GET
 * /sandbox/held} counts the messages waiting in hold mode. State lives in the servlet instance.
 */
abstract class ProviderSandboxServlet extends HttpServlet {

  /** The behaviours a messaging sandbox can be switched to. */
  enum Mode {
    ACCEPT,
    REJECT,
    FAIL,
    TIMEOUT,
    HOLD
  }

  private static final int KEPT = 1000;
  private static final long HOLD_MILLIS = 30_000;

  private final Object lock = new Object();
  private final Deque<JsonObject> received = new ArrayDeque<>();
  private final Map<String, String> ids = new HashMap<>();
  private Mode mode = Mode.ACCEPT;
  private int held;

  /** The path of the messages resource, such as {@code /calls}. */
  abstract String resource();

  /** The prefix of the ids this provider hands out. */
  abstract String idPrefix();

  /** The destination of a message (number, address, email), or null when the message lacks it. */
  abstract String destinationOf(JsonObject message);

  /** Destinations this provider always refuses, like an unreachable number. */
  abstract boolean refuses(String destination);

  /** The error a refused destination gets, such as {@code number_unreachable}. */
  abstract String refusal();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!resource().equals(request.getPathInfo())) {
      answer(response, 404, error("no such resource"));
      return;
    }
    JsonObject message;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      message = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      answer(response, 400, error("malformed JSON"));
      return;
    }
    String reference = message.getString("reference", null);
    String destination = destinationOf(message);
    if (reference == null || destination == null) {
      answer(response, 400, error("reference and destination are required"));
      return;
    }
    Mode behaviour = awaitBehaviour();
    if (behaviour == Mode.FAIL || behaviour == Mode.HOLD) {
      answer(response, 503, error("sandbox: failing on purpose"));
      return;
    }
    if (behaviour == Mode.TIMEOUT && !sleep(60_000)) {
      answer(response, 503, error("sandbox: interrupted"));
      return;
    }
    boolean refused = behaviour == Mode.REJECT || refuses(destination);
    record(reference, destination, fieldsOf(message, ""), refused);
    if (refused) {
      answer(response, 422, error(refusal()));
      return;
    }
    answer(response, 202, Json.createObjectBuilder().add("id", idFor(reference)).build());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    synchronized (lock) {
      switch (path) {
        case "/sandbox/behaviour" -> answer(response, 200, mode());
        case "/sandbox/held" ->
            answer(response, 200, Json.createObjectBuilder().add("held", held).build());
        case "/sandbox/received" -> {
          JsonArrayBuilder list = Json.createArrayBuilder();
          received.forEach(list::add);
          answer(response, 200, list.build());
        }
        default -> answer(response, 404, error("no such resource"));
      }
    }
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/sandbox/behaviour".equals(request.getPathInfo())) {
      answer(response, 404, error("no such resource"));
      return;
    }
    Mode next;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      next = Mode.valueOf(reader.readObject().getString("mode").toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      answer(response, 400, error("send {\"mode\": \"accept|reject|fail|timeout|hold\"}"));
      return;
    }
    synchronized (lock) {
      mode = next;
      lock.notifyAll();
      answer(response, 200, mode());
    }
  }

  /** The current mode; in hold mode, waits until the mode changes (at most 30 s). */
  private Mode awaitBehaviour() {
    synchronized (lock) {
      long until = System.currentTimeMillis() + HOLD_MILLIS;
      held++;
      try {
        while (mode == Mode.HOLD && System.currentTimeMillis() < until) {
          lock.wait(Math.max(1, until - System.currentTimeMillis()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        held--;
      }
      return mode;
    }
  }

  private static JsonArrayBuilder fieldsOf(JsonObject message, String prefix) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    message.keySet().stream()
        .sorted()
        .forEach(
            key -> {
              if (message.get(key) instanceof JsonObject nested) {
                fieldsOf(nested, prefix + key + ".").build().forEach(names::add);
              } else {
                names.add(prefix + key);
              }
            });
    return names;
  }

  private void record(
      String reference, String destination, JsonArrayBuilder fields, boolean refused) {
    synchronized (lock) {
      if (received.size() == KEPT) {
        received.removeFirst();
      }
      received.addLast(
          Json.createObjectBuilder()
              .add("reference", reference)
              .add("destination", destination)
              .add("fields", fields)
              .add("refused", refused)
              .build());
    }
  }

  private String idFor(String reference) {
    synchronized (lock) {
      if (ids.size() > 100_000) {
        ids.clear();
      }
      return ids.computeIfAbsent(reference, r -> idPrefix() + UUID.randomUUID());
    }
  }

  private JsonObject mode() {
    return Json.createObjectBuilder().add("mode", mode.name().toLowerCase(Locale.ROOT)).build();
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
