package net.genvoice.communication.boundary;

import net.genvoice.communication.control.RegistryFreshness;
import net.genvoice.platform.error.BusinessException;

/**
 * P12: a telemarketing campaign refuses to run without a national do-not-call registry, or with one
 * whose file is more than {@value RegistryFreshness#MAX_AGE_DAYS} days old. Nothing is written.
 */
public class RegistryNotFitException extends BusinessException {

  RegistryNotFitException(RegistryFreshness.Problem problem) {
    super(Kind.CONFLICT, codeOf(problem), messageOf(problem));
  }

  static String codeOf(RegistryFreshness.Problem problem) {
    return problem == RegistryFreshness.Problem.MISSING
        ? "national-registry-missing"
        : "national-registry-stale";
  }

  static String messageOf(RegistryFreshness.Problem problem) {
    return problem == RegistryFreshness.Problem.MISSING
        ? "No national do-not-call registry has been imported: import the current registry file"
            + " before running a telemarketing campaign."
        : "The national do-not-call registry was last imported from a file more than "
            + RegistryFreshness.MAX_AGE_DAYS
            + " days old: import the current registry file before running a telemarketing"
            + " campaign.";
  }
}
