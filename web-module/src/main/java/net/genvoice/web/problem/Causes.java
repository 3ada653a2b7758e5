package net.genvoice.web.problem;

import jakarta.ejb.EJBException;
import java.util.Optional;

/** Walks an exception's chain of causes, which containers like to wrap several layers deep. */
public final class Causes {

  private static final int MAX_DEPTH = 32;

  private Causes() {}

  /** The innermost exception of the given type in the chain, the exception itself included. */
  public static <T extends Throwable> Optional<T> innermost(Throwable exception, Class<T> type) {
    T found = null;
    Throwable current = exception;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (type.isInstance(current)) {
        found = type.cast(current);
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return Optional.ofNullable(found);
  }

  public static boolean contains(Throwable exception, Class<? extends Throwable> type) {
    return innermost(exception, type).isPresent();
  }

  /**
   * What the business actually threw: the EJB container wraps every exception that is not an
   * application exception (a {@code ConstraintViolationException} of method validation, say) in an
   * {@link EJBException}, possibly more than once.
   */
  public static Throwable unwrapEjb(Throwable exception) {
    Throwable current = exception;
    for (int depth = 0; current instanceof EJBException && depth < MAX_DEPTH; depth++) {
      Throwable cause = current.getCause();
      if (cause == null || cause == current) {
        break;
      }
      current = cause;
    }
    return current;
  }
}
