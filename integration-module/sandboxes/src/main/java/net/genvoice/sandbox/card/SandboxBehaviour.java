package net.genvoice.sandbox.card;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the sandbox answers: approve (default), decline, slow (answers after 3 s), fail (HTTP 503) or
 * time out (answers after 60 s). Set by tests and demos through {@code PUT
 * /card-provider/v1/sandbox/behaviour}.
 */
@ApplicationScoped
public class SandboxBehaviour {

  /** The behaviours a sandbox can be switched to. */
  public enum Mode {
    APPROVE,
    DECLINE,
    SLOW,
    FAIL,
    TIMEOUT
  }

  private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.APPROVE);

  public Mode mode() {
    return mode.get();
  }

  public void switchTo(Mode next) {
    mode.set(next);
  }
}
