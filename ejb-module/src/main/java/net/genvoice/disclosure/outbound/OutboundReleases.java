package net.genvoice.disclosure.outbound;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import net.genvoice.disclosure.boundary.Disclosures;
import net.genvoice.disclosure.boundary.Release;
import net.genvoice.disclosure.boundary.ReleaseCommand;
import net.genvoice.disclosure.boundary.ReleaseOutcome;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.platform.error.BusinessException;

/**
 * The one path of every call to a partner (P19-P21, P23): the decision, recorded in the ledger
 * ({@link Disclosures#authorize}); on a denial nothing is sent and {@link ReleaseDeniedException}
 * tells why; otherwise the payload holds only the permitted fields, the call is made, and its
 * outcome (succeeded, or failed with the failure's code, never a value) goes to the ledger too.
 * Values the caller holds (a card number on its way to tokenisation) are used as given; the others
 * come from the ledger's reading of the customer's records.
 */
@ApplicationScoped
public class OutboundReleases {

  @EJB Disclosures disclosures;

  public <T> T release(
      ReleaseCommand command,
      Map<DisclosableField, String> heldValues,
      Function<ReleasedData, T> call) {
    return release(command, heldValues, call, answer -> null);
  }

  /**
   * The same path for a call that answers a partner's refusal or failure instead of throwing it
   * (the messaging gateways): {@code failureOf} names what went wrong with an answer, recorded as
   * the FAILED outcome's code (never a value); null means the call succeeded.
   */
  public <T> T release(
      ReleaseCommand command,
      Map<DisclosableField, String> heldValues,
      Function<ReleasedData, T> call,
      Function<? super T, String> failureOf) {
    Release release = disclosures.authorize(command);
    if (!release.permitted()) {
      throw new ReleaseDeniedException(release);
    }
    ReleasedData data;
    try {
      data = ReleasedData.of(release, valuesFor(release, heldValues));
    } catch (RuntimeException e) {
      disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.FAILED, "payload-incomplete");
      throw e;
    }
    T result;
    try {
      result = call.apply(data);
    } catch (BusinessException e) {
      disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.FAILED, e.code());
      throw e;
    } catch (RuntimeException e) {
      disclosures.recordOutcome(
          release.releaseId(), ReleaseOutcome.FAILED, e.getClass().getSimpleName());
      throw e;
    }
    String failure = failureOf.apply(result);
    if (failure == null) {
      disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.SUCCEEDED, "completed");
    } else {
      disclosures.recordOutcome(release.releaseId(), ReleaseOutcome.FAILED, failure);
    }
    return result;
  }

  private Map<DisclosableField, String> valuesFor(
      Release release, Map<DisclosableField, String> held) {
    if (held.keySet().containsAll(release.fields())) {
      return held;
    }
    Map<DisclosableField, String> values = new EnumMap<>(DisclosableField.class);
    values.putAll(disclosures.valuesOf(release));
    values.putAll(held);
    return values;
  }
}
