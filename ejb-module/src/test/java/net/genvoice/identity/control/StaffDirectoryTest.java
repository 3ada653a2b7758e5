package net.genvoice.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff sign-in against a real (in-memory) LDAP directory on loopback. */
class StaffDirectoryTest {

  private static InMemoryDirectoryServer server;

  @BeforeAll
  static void startDirectory() throws Exception {
    var config = new InMemoryDirectoryServerConfig("dc=genvoice,dc=net");
    config.addAdditionalBindCredentials("cn=service,dc=genvoice,dc=net", "service-secret");
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    server = new InMemoryDirectoryServer(config);
    server.add("dn: dc=genvoice,dc=net", "objectClass: top", "objectClass: domain", "dc: genvoice");
    server.add("dn: ou=people,dc=genvoice,dc=net", "objectClass: organizationalUnit", "ou: people");
    server.add("dn: ou=groups,dc=genvoice,dc=net", "objectClass: organizationalUnit", "ou: groups");
    server.add(
        "dn: uid=carol,ou=people,dc=genvoice,dc=net",
        "objectClass: inetOrgPerson",
        "uid: carol",
        "cn: Carol Compliance",
        "sn: Compliance",
        "userPassword: carol-directory-secret");
    server.add(
        "dn: uid=mallory,ou=people,dc=genvoice,dc=net",
        "objectClass: inetOrgPerson",
        "uid: mallory",
        "cn: Mallory",
        "sn: M",
        "userPassword: mallory-secret-123");
    server.add(
        "dn: cn=compliance-officer,ou=groups,dc=genvoice,dc=net",
        "objectClass: groupOfNames",
        "cn: compliance-officer",
        "member: uid=carol,ou=people,dc=genvoice,dc=net");
    server.add(
        "dn: cn=canteen,ou=groups,dc=genvoice,dc=net",
        "objectClass: groupOfNames",
        "cn: canteen",
        "member: uid=carol,ou=people,dc=genvoice,dc=net",
        "member: uid=mallory,ou=people,dc=genvoice,dc=net");
    server.startListening();
  }

  @AfterAll
  static void stopDirectory() {
    server.shutDown(true);
  }

  private static StaffDirectory directory(String url) {
    StaffDirectory directory = new StaffDirectory();
    directory.url = Optional.of(url);
    directory.bindDn = Optional.of("cn=service,dc=genvoice,dc=net");
    directory.bindPassword = Optional.of("service-secret");
    directory.userBaseDn = "ou=people,dc=genvoice,dc=net";
    directory.userFilter = "(&(objectClass=person)(uid={0}))";
    directory.groupBaseDn = "ou=groups,dc=genvoice,dc=net";
    directory.groupFilter = "(member={0})";
    return directory;
  }

  private static StaffDirectory directory() {
    return directory("ldap://127.0.0.1:" + server.getListenPort());
  }

  @Test
  void signsInWithTheDirectoryPasswordAndReadsGroups() {
    StaffDirectory.Entry carol =
        directory().authenticate("carol", "carol-directory-secret").orElseThrow();
    assertEquals("Carol Compliance", carol.displayName());
    assertEquals(Set.of("compliance-officer", "canteen"), carol.groups());
  }

  @Test
  void wrongPasswordUnknownUserAndEmptyPasswordAreRefused() {
    assertTrue(directory().authenticate("carol", "wrong").isEmpty());
    assertTrue(directory().authenticate("nobody", "carol-directory-secret").isEmpty());
    assertTrue(
        directory().authenticate("carol", "").isEmpty(),
        "no anonymous bind through an empty password");
  }

  @Test
  void filterInjectionFindsNobody() {
    assertTrue(directory().authenticate("*", "carol-directory-secret").isEmpty());
    assertTrue(directory().authenticate("carol)(uid=*", "carol-directory-secret").isEmpty());
  }

  @Test
  void withoutAUrlTheDirectoryIsOff() {
    StaffDirectory off = new StaffDirectory();
    off.url = Optional.empty();
    assertFalse(off.isEnabled());
    assertTrue(directory().isEnabled());
  }

  @Test
  void anUnreachableDirectoryIsAnErrorNotARefusal() {
    assertThrows(
        IllegalStateException.class,
        () -> directory("ldap://127.0.0.1:1").authenticate("carol", "carol-directory-secret"));
  }
}
