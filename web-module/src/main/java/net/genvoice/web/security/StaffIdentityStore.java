package net.genvoice.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import net.genvoice.identity.boundary.Authentication;
import net.genvoice.identity.boundary.AuthenticationFailedException;

/** Validates staff of the default run (username and password) against the staff table. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @EJB Authentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential staff)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      return CustomerIdentityStore.valid(
          authentication.signInStaff(staff.getCaller(), staff.getPasswordAsString()));
    } catch (AuthenticationFailedException e) {
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
