package net.genvoice.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import net.genvoice.web.limits.RequestBodyTooLargeException;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

  @Test
  void statusesGetStableCodes() {
    assertEquals("not-found", WebApplicationExceptionMapper.codeOf(404));
    assertEquals("method-not-allowed", WebApplicationExceptionMapper.codeOf(405));
    assertEquals("not-acceptable", WebApplicationExceptionMapper.codeOf(406));
    assertEquals("unsupported-media-type", WebApplicationExceptionMapper.codeOf(415));
    assertEquals("payload-too-large", WebApplicationExceptionMapper.codeOf(413));
    assertEquals("unauthenticated", WebApplicationExceptionMapper.codeOf(401));
    assertEquals("bad-request", WebApplicationExceptionMapper.codeOf(400));
  }

  @Test
  void unsupportedMediaType() {
    Problem problem = WebApplicationExceptionMapper.problemOf(415, null);
    assertEquals(415, problem.status());
    assertEquals("https://genvoice.net/problems/unsupported-media-type", problem.type());
    assertEquals("Unsupported Media Type", problem.title());
  }

  @Test
  void unreadableJsonIsMalformedJson() {
    ProcessingException unreadable =
        new ProcessingException("Error deserializing", new JsonbException("Invalid token=EOF"));
    Problem problem = WebApplicationExceptionMapper.problemOf(400, unreadable);
    assertEquals("malformed-json", problem.code());
    assertNull(problem.errors());
  }

  @Test
  void bodyOverTheLimitIsPayloadTooLargeWhateverWrapsIt() {
    ProcessingException wrapped =
        new ProcessingException(
            "Error deserializing",
            new JsonbException("parse", new RequestBodyTooLargeException(65536)));
    Problem problem = WebApplicationExceptionMapper.problemOf(400, wrapped);
    assertEquals(413, problem.status());
    assertEquals("payload-too-large", problem.code());
  }

  @Test
  void readingIsToldFromWriting() {
    assertEquals(true, MalformedJsonMapper.isReadingRequest(readFrom()));
    assertEquals(false, MalformedJsonMapper.isReadingRequest(writeTo()));
  }

  private static ProcessingException readFrom() {
    return new ProcessingException("Error deserializing object from entity stream.");
  }

  private static ProcessingException writeTo() {
    return new ProcessingException("Error serializing object to output stream.");
  }
}
