package net.genvoice.web.staff.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/password.xhtml: a staff member replaces their password; the first time, the one-time
 * password they were given (see {@link PasswordChangeGate}).
 */
@Named
@RequestScoped
public class StaffPasswordPage {

  static final String FORM = "changePassword";

  @EJB StaffMembers staff;
  @Inject SecurityContext security;

  private String currentPassword;
  private String newPassword;

  public void change() {
    try {
      staff.changePassword(security.getCallerPrincipal().getName(), currentPassword, newPassword);
      PageRedirect.to("/staff/area/index.xhtml?password=changed");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  public boolean isRequired() {
    return staff.mustChangePassword(security.getCallerPrincipal().getName());
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
