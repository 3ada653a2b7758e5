package net.genvoice.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.AuthenticationFailedException;
import net.genvoice.identity.boundary.SignedIn;

/** Validates customers (and only customers) against the account database. */
@ApplicationScoped
public class CustomerIdentityStore implements IdentityStore {

  @EJB Authentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof CustomerCredential customer)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      return valid(authentication.signInCustomer(customer.email(), customer.password()));
    } catch (AuthenticationFailedException e) {
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  static CredentialValidationResult valid(SignedIn principal) {
    return new CredentialValidationResult(
        new CallerPrincipal(principal.id()), Set.copyOf(principal.roles()));
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
