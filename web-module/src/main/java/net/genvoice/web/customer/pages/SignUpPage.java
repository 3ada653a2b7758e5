package net.genvoice.web.customer.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.SignUpCommand;
import net.genvoice.web.portal.AddressForm;
import net.genvoice.web.portal.ClientAddress;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.portal.PaymentMethodForm;
import net.genvoice.web.portal.PortalSignIn;
import net.genvoice.web.security.CustomerCredential;

/** signup.xhtml (P03): creates the account, signs the new customer in and opens My account. */
@Named
@RequestScoped
public class SignUpPage {

  static final String FORM = "signup";

  @EJB Customers customers;
  @Inject PortalSignIn portalSignIn;

  private String name;
  private String email;
  private String phone;
  private String password;
  private final AddressForm address = new AddressForm();
  private final PaymentMethodForm paymentMethod = new PaymentMethodForm();

  public void signUp() {
    AddressCommand postal = address.toCommand();
    try {
      customers.signUp(
          new SignUpCommand(name, email, phone, password, postal, paymentMethod.toCommand(postal)),
          ClientAddress.ofCurrentRequest());
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
      return;
    }
    boolean signedIn =
        portalSignIn.signIn(new CustomerCredential(email, password), false).signedIn();
    PageRedirect.to(signedIn ? "/account/index.xhtml" : "/login.xhtml");
  }

  /** P03: before the page renders, whatever happened. */
  public void forgetCardSecrets() {
    paymentMethod.forgetSecrets(FORM + ":paymentMethod");
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public AddressForm getAddress() {
    return address;
  }

  public PaymentMethodForm getPaymentMethod() {
    return paymentMethod;
  }
}
