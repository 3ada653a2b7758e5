package net.genvoice.web.staff.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.staff.boundary.StaffMembers;
import net.genvoice.staff.boundary.StaffView;
import net.genvoice.staff.entity.StaffRole;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/** staff/area/admin/staff.xhtml: administrators list staff accounts and create new ones. */
@Named
@RequestScoped
public class StaffAdministrationPage {

  static final String FORM = "createStaff";
  static final String PAGE = "/staff/area/admin/staff.xhtml";

  @EJB StaffMembers staffMembers;
  @Inject Caller caller;

  private List<StaffView> staff;
  private String username;
  private String displayName;
  private String password;
  private List<String> roles = new ArrayList<>();

  public List<StaffView> getStaff() {
    if (staff == null) {
      staff = staffMembers.all();
    }
    return staff;
  }

  public void create() {
    if (!caller.isAdministrator()) {
      FieldMessages.showOnPage("Only administrators can create staff accounts.");
      return;
    }
    try {
      // the boundary reports every field problem at once, so the form shows them together
      staffMembers.create(username, displayName, password, staffRoles());
      PageRedirect.to(PAGE + "?created=" + username.trim().toLowerCase(Locale.ROOT));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  private Set<StaffRole> staffRoles() {
    return Arrays.stream(StaffRole.values())
        .filter(role -> roles.contains(role.roleName()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
  }

  /** The account just created, when the page follows a creation; only an existing username. */
  public String getCreated() {
    String created = PageRedirect.parameter("created");
    return getStaff().stream().anyMatch(member -> member.username().equals(created)) ? created : "";
  }

  public String rolesOf(StaffView member) {
    return member.roles().stream().sorted().collect(Collectors.joining(", "));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
