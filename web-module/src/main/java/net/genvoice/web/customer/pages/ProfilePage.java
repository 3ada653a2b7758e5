package net.genvoice.web.customer.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.genvoice.customer.boundary.CustomerView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.ProfileCorrection;
import net.genvoice.web.portal.AddressForm;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * My account, the profile: shows it, corrects name, phone and address, and changes the email
 * address (which needs the current password).
 */
@Named
@RequestScoped
public class ProfilePage {

  static final String CORRECTION_FORM = "profile";
  static final String EMAIL_FORM = "emailChange";

  @EJB Customers customers;
  @Inject Caller caller;

  private CustomerView profile;
  private String name;
  private String phone;
  private AddressForm address;
  private String newEmail;
  private String currentPassword;

  @PostConstruct
  void load() {
    profile = customers.profile(caller.id());
    name = profile.name();
    phone = profile.phone();
    address = AddressForm.of(profile.address());
  }

  public void correct() {
    try {
      customers.correct(
          caller.id(), new ProfileCorrection(name, phone, address.toCommand(), null, null));
      PageRedirect.to(AccountNotice.pageFor("profile"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, CORRECTION_FORM, "");
    }
  }

  public void changeEmail() {
    try {
      customers.correct(
          caller.id(), new ProfileCorrection(null, null, null, newEmail, currentPassword));
      PageRedirect.to(AccountNotice.pageFor("email"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, EMAIL_FORM, "");
    }
  }

  public CustomerView getProfile() {
    return profile;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public AddressForm getAddress() {
    return address;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
