package net.genvoice.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A customer's email and password. A type of its own (not a UsernamePasswordCredential), so that no
 * staff identity store, such as the company directory, ever validates a customer.
 */
public final class CustomerCredential implements Credential {

  private final String email;
  private final String password;

  public CustomerCredential(String email, String password) {
    this.email = email;
    this.password = password;
  }

  public String email() {
    return email;
  }

  public String password() {
    return password;
  }

  @Override
  public void clear() {
    // Strings cannot be wiped; the credential is dropped right after validation.
  }

  @Override
  public String toString() {
    return "CustomerCredential[" + email + "]";
  }
}
