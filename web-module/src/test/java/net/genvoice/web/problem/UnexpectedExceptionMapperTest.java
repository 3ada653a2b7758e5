package net.genvoice.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  @Test
  void tellsTheClientOnlyTheIncident() {
    Problem problem =
        UnexpectedExceptionMapper.report(new IllegalStateException("secret internal detail"));

    assertEquals(500, problem.status());
    assertEquals("internal-error", problem.code());
    assertTrue(problem.instance().startsWith("urn:uuid:"));
    String incident = problem.instance().substring("urn:uuid:".length());
    assertTrue(problem.detail().contains(incident));
    assertFalse(problem.toString().contains("secret internal detail"));
    assertFalse(problem.toString().contains("IllegalStateException"));
  }
}
