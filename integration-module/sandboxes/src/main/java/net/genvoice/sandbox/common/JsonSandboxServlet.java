package net.genvoice.sandbox.common;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's HTTP/JSON API in the sandbox. {@code POST} calls go to {@link #handle}, after the
 * switchable behaviour and idempotency keys ({@code Idempotency-Key} header) are applied; {@code
 * GET/PUT .../sandbox/behaviour} reads or switches the behaviour ({@code {"mode": "...", "times":
 * n}}); {@code GET .../sandbox/calls} tells how many calls arrived and the field names of the last.
 *
 * <p>Plain servlets rather than JAX-RS on purpose: the sandboxes are not GenVoice's API, and
 * Payara's /openapi would otherwise mix their document into GenVoice's.
 */
public abstract class JsonSandboxServlet extends HttpServlet {

  private static final String BEHAVIOUR = "/sandbox/behaviour";
  private static final String CALLS = "/sandbox/calls";

  private final transient SandboxBehaviour behaviour;
  private final transient CallLog calls;
  private final transient IdempotentAnswers answers = new IdempotentAnswers();

  protected JsonSandboxServlet(String partner) {
    this.behaviour = SandboxBehaviour.of(partner);
    this.calls = CallLog.of(partner);
  }

  /**
   * Answers a partner call that was neither failed on purpose nor replayed; null for an unknown
   * path. {@code mode} is approve, decline, slow or time out (the delays come after).
   */
  protected abstract Answer handle(String path, JsonObject body, SandboxBehaviour.Mode mode);

  /** Adds what this partner counts (charges, listings) to {@code GET .../sandbox/calls}. */
  protected void describe(JsonObjectBuilder stats) {}

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    JsonObject body;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      body = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      calls.saw(List.of());
      write(response, Answer.error(400, "malformed JSON"));
      return;
    }
    calls.saw(new ArrayList<>(body.keySet()));
    String key = request.getHeader("Idempotency-Key");
    Answer replayed = answers.replay(path, key);
    if (replayed != null) {
      write(response, replayed);
      return;
    }
    SandboxBehaviour.Mode mode = behaviour.next();
    if (mode == SandboxBehaviour.Mode.FAIL) {
      write(response, Answer.error(503, "sandbox: failing on purpose"));
      return;
    }
    Answer answer = answers.once(path, key, () -> handle(path, body, mode));
    SandboxBehaviour.delay(mode);
    write(response, answer == null ? Answer.error(404, "no such resource") : answer);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    if (BEHAVIOUR.equals(path)) {
      write(response, new Answer(200, mode()));
    } else if (CALLS.equals(path)) {
      JsonObjectBuilder stats = Json.createObjectBuilder(calls.toJson());
      describe(stats);
      write(response, new Answer(200, stats.build()));
    } else {
      write(response, Answer.error(404, "no such resource"));
    }
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!BEHAVIOUR.equals(request.getPathInfo())) {
      write(response, Answer.error(404, "no such resource"));
      return;
    }
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      JsonObject switched = reader.readObject();
      behaviour.switchTo(
          SandboxBehaviour.Mode.parse(switched.getString("mode")), switched.getInt("times", -1));
    } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
      write(
          response,
          Answer.error(
              400, "send {\"mode\": \"approve|decline|slow|fail|timeout\", \"times\": n}"));
      return;
    } catch (IllegalArgumentException e) {
      write(response, Answer.error(400, "unknown mode; approve, decline, slow, fail or timeout"));
      return;
    }
    write(response, new Answer(200, mode()));
  }

  private JsonObject mode() {
    return Json.createObjectBuilder()
        .add("mode", behaviour.mode().wireName())
        .add("times", behaviour.remaining())
        .build();
  }

  protected static String text(JsonObject body, String name) {
    return body.get(name) instanceof jakarta.json.JsonString value ? value.getString() : null;
  }

  private static void write(HttpServletResponse response, Answer answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.body().toString());
  }
}
