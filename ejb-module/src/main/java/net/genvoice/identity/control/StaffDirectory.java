package net.genvoice.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company directory (LDAP) as the source of staff identities in production, selected by the
 * setting {@code genvoice.staff.ldap.url}. A staff member signs in with their directory username
 * and password; their roles are the directory groups they belong to whose names are GenVoice staff
 * roles (support-agent, marketing, compliance-officer, administrator). Without the setting, staff
 * accounts live in GenVoice's own table.
 */
@ApplicationScoped
public class StaffDirectory {

  /** A staff member as the directory knows them. */
  public record Entry(String username, String displayName, Set<String> groups) {}

  @Inject
  @ConfigProperty(name = "genvoice.staff.ldap.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "genvoice.staff.ldap.bind-dn")
  Optional<String> bindDn;

  @Inject
  @ConfigProperty(name = "genvoice.staff.ldap.bind-password")
  Optional<String> bindPassword;

  @Inject
  @ConfigProperty(
      name = "genvoice.staff.ldap.user-base-dn",
      defaultValue = "ou=people,dc=genvoice,dc=net")
  String userBaseDn;

  @Inject
  @ConfigProperty(
      name = "genvoice.staff.ldap.user-filter",
      defaultValue = "(&(objectClass=person)(uid={0}))")
  String userFilter;

  @Inject
  @ConfigProperty(
      name = "genvoice.staff.ldap.group-base-dn",
      defaultValue = "ou=groups,dc=genvoice,dc=net")
  String groupBaseDn;

  @Inject
  @ConfigProperty(name = "genvoice.staff.ldap.group-filter", defaultValue = "(member={0})")
  String groupFilter;

  public boolean isEnabled() {
    return url.filter(value -> !value.isBlank()).isPresent();
  }

  /**
   * Finds the user by name with the service account, then binds as that user with the given
   * password. Empty when the user is unknown, ambiguous or the password is wrong.
   *
   * @throws IllegalStateException when the directory cannot be reached
   */
  public Optional<Entry> authenticate(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    try {
      DirContext service = connect(bindDn.orElse(null), bindPassword.orElse(null));
      try {
        List<SearchResult> users = search(service, userBaseDn, userFilter, username.trim());
        if (users.size() != 1) {
          return Optional.empty();
        }
        SearchResult user = users.get(0);
        if (!passwordMatches(user.getNameInNamespace(), password)) {
          return Optional.empty();
        }
        Set<String> groups =
            search(service, groupBaseDn, groupFilter, user.getNameInNamespace()).stream()
                .map(group -> attribute(group, "cn"))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        String displayName = attribute(user, "cn").orElse(username.trim());
        return Optional.of(new Entry(username.trim(), displayName, groups));
      } finally {
        service.close();
      }
    } catch (NamingException e) {
      throw new IllegalStateException("The staff directory cannot be reached", e);
    }
  }

  private boolean passwordMatches(String userDn, String password) throws NamingException {
    try {
      connect(userDn, password).close();
      return true;
    } catch (javax.naming.AuthenticationException e) {
      return false;
    }
  }

  private DirContext connect(String principal, String credentials) throws NamingException {
    Hashtable<String, Object> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    environment.put(Context.PROVIDER_URL, url.orElseThrow());
    environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
    environment.put("com.sun.jndi.ldap.read.timeout", "10000");
    if (principal != null && !principal.isBlank()) {
      environment.put(Context.SECURITY_AUTHENTICATION, "simple");
      environment.put(Context.SECURITY_PRINCIPAL, principal);
      environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
    }
    return new InitialDirContext(environment);
  }

  /**
   * Searches with the value as a filter argument, so the directory escapes it (no LDAP injection).
   */
  private static List<SearchResult> search(
      DirContext context, String base, String filter, String value) throws NamingException {
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setCountLimit(50);
    List<SearchResult> results = new ArrayList<>();
    NamingEnumeration<SearchResult> found =
        context.search(base, filter, new Object[] {value}, controls);
    while (found.hasMore()) {
      results.add(found.next());
    }
    return results;
  }

  private static Optional<String> attribute(SearchResult result, String name) {
    try {
      Attribute attribute = result.getAttributes().get(name);
      return attribute == null ? Optional.empty() : Optional.of(attribute.get().toString());
    } catch (NamingException e) {
      return Optional.empty();
    }
  }
}
