package net.genvoice.testing;

import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A test-only session bean: {@code java:comp/EJBContext} exists only inside an EJB invocation, so
 * an answer proves the test archive's own beans run in Payara's EJB container.
 */
@Stateless
public class EjbContextProbe {

  public String callerName() throws NamingException {
    EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
    return context.getCallerPrincipal().getName();
  }
}
