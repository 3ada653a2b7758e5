package net.genvoice.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void unwrapsNestedEjbExceptions() {
    ConstraintViolationException real = new ConstraintViolationException(Set.of());
    EJBException wrapped =
        new EJBTransactionRolledbackException("rolled back", new EJBException(real));

    assertSame(real, Causes.unwrapEjb(wrapped));
  }

  @Test
  void keepsAnEjbExceptionWithoutCause() {
    EJBException bare = new EJBException("no cause");
    assertSame(bare, Causes.unwrapEjb(bare));
  }

  @Test
  void leavesOtherExceptionsAlone() {
    IllegalStateException other = new IllegalStateException(new EJBException("inner"));
    assertSame(other, Causes.unwrapEjb(other));
  }

  @Test
  void findsTheInnermostOfAType() {
    IllegalArgumentException inner = new IllegalArgumentException("inner");
    RuntimeException chain = new IllegalArgumentException("outer", new RuntimeException(inner));

    assertSame(inner, Causes.innermost(chain, IllegalArgumentException.class).orElseThrow());
    assertTrue(Causes.contains(chain, RuntimeException.class));
    assertEquals(false, Causes.contains(chain, EJBException.class));
  }
}
