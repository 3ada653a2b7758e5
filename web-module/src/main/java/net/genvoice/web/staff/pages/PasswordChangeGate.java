package net.genvoice.web.staff.pages;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import net.genvoice.staff.boundary.StaffMembers;

/**
 * A staff member who signed in with a one-time password (the first administrator's, or one an
 * administrator set) reaches nothing of the staff area but the page that replaces it.
 */
@WebFilter("/staff/area/*")
public class PasswordChangeGate extends HttpFilter {

  static final String PASSWORD_PAGE = "/staff/area/password.xhtml";

  @EJB StaffMembers staff;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (caller != null
        && !PASSWORD_PAGE.equals(path)
        && staff.mustChangePassword(caller.getName())) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
