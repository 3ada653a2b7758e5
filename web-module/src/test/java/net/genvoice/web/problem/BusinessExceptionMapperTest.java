package net.genvoice.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.genvoice.decision.boundary.AutomatedDecisionView;
import net.genvoice.fraud.control.FraudRejectedException;
import net.genvoice.fraud.control.ScreeningSubject;
import net.genvoice.platform.error.BusinessException.Kind;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

  @Test
  void eachKindHasItsStatus() {
    assertEquals(400, BusinessExceptionMapper.statusOf(Kind.INVALID));
    assertEquals(401, BusinessExceptionMapper.statusOf(Kind.UNAUTHENTICATED));
    assertEquals(403, BusinessExceptionMapper.statusOf(Kind.FORBIDDEN));
    assertEquals(404, BusinessExceptionMapper.statusOf(Kind.NOT_FOUND));
    assertEquals(409, BusinessExceptionMapper.statusOf(Kind.CONFLICT));
    assertEquals(423, BusinessExceptionMapper.statusOf(Kind.LOCKED));
    assertEquals(503, BusinessExceptionMapper.statusOf(Kind.UNAVAILABLE));
  }

  @Test
  void invalidInputListsItsFieldsInOrder() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("email", "already registered");
    fields.put("address.city", "unknown city");

    Problem problem = BusinessExceptionMapper.problemOf(new InvalidInputException(fields));

    assertEquals(400, problem.status());
    assertEquals("invalid-input", problem.code());
    assertEquals("https://genvoice.net/problems/invalid-input", problem.type());
    assertEquals(
        List.of(
            new Problem.InvalidField("email", "already registered"),
            new Problem.InvalidField("address.city", "unknown city")),
        problem.errors());
  }

  @Test
  void failureWithoutFieldsHasNoErrorsMember() {
    Problem problem =
        BusinessExceptionMapper.problemOf(new ProviderUnavailableException("card provider"));

    assertEquals(503, problem.status());
    assertEquals("provider-unavailable", problem.code());
    assertEquals(null, problem.errors());
    assertEquals(
        "The card provider is not available at the moment; please try again later.",
        problem.detail());
  }

  @Test
  void aFraudRejectionNamesItsRecordedDecisionAndReasons() {
    AutomatedDecisionView decision =
        new AutomatedDecisionView(
            "dec-1",
            "FRAUD_SCREENING",
            "sign-up",
            "DECLINED",
            95,
            List.of("identity-mismatch"),
            List.of("customer.email"),
            "fraud screening",
            "automated",
            Instant.EPOCH);

    Problem problem =
        BusinessExceptionMapper.problemOf(
            new FraudRejectedException(ScreeningSubject.SIGN_UP, decision));

    assertEquals(403, problem.status());
    assertEquals("fraud-screening-rejected", problem.code());
    assertEquals("https://genvoice.net/problems/fraud-screening-rejected", problem.type());
    assertEquals(
        new Problem.DecisionReference("dec-1", List.of("identity-mismatch"), "automated"),
        problem.automatedDecision());
    assertTrue(problem.detail().contains("identity-mismatch"), problem.detail());
    assertTrue(problem.detail().contains("dec-1"), problem.detail());
    assertFalse(problem.detail().contains("95"), "no score: " + problem.detail());
  }
}
