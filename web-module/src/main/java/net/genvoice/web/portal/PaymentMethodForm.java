package net.genvoice.web.portal;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import net.genvoice.customer.boundary.AddressCommand;
import net.genvoice.customer.boundary.PaymentMethodCommand;

/**
 * A card or a PayPal account as a form holds it. Both sets of fields are on the page (no script
 * needed); the chosen type decides which travel to the boundary, which validates them.
 */
public class PaymentMethodForm {

  private static final List<String> CARD_SECRETS = List.of("number", "cvv");

  private String type = "card";
  private String number;
  private Integer expiryMonth;
  private Integer expiryYear;
  private String cvv;
  private boolean billingSameAsPostal = true;
  private AddressForm billingAddress = new AddressForm();
  private String email;

  /** The command for the chosen type; the billing address is the postal one when so ticked. */
  public PaymentMethodCommand toCommand(AddressCommand postalAddress) {
    if ("paypal".equals(type)) {
      return new PaymentMethodCommand(type, null, null, null, null, null, email);
    }
    AddressCommand billing = billingSameAsPostal ? postalAddress : billingAddress.toCommand();
    return new PaymentMethodCommand(type, number, expiryMonth, expiryYear, cvv, billing, null);
  }

  /**
   * P03: a page never shows a card number or CVV back, whatever went wrong (a refused card, or
   * another field that failed), and the saved view state never keeps them. Call before rendering,
   * with the client id of the naming container that holds the fields; an input keeps its invalid
   * mark.
   */
  public void forgetSecrets(String containerClientId) {
    number = null;
    cvv = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    for (String id : CARD_SECRETS) {
      UIComponent component = faces.getViewRoot().findComponent(containerClientId + ":" + id);
      if (component instanceof EditableValueHolder input) {
        boolean valid = input.isValid();
        input.resetValue();
        input.setValid(valid);
      }
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Integer getExpiryMonth() {
    return expiryMonth;
  }

  public void setExpiryMonth(Integer expiryMonth) {
    this.expiryMonth = expiryMonth;
  }

  public Integer getExpiryYear() {
    return expiryYear;
  }

  public void setExpiryYear(Integer expiryYear) {
    this.expiryYear = expiryYear;
  }

  public String getCvv() {
    return cvv;
  }

  public void setCvv(String cvv) {
    this.cvv = cvv;
  }

  public boolean isBillingSameAsPostal() {
    return billingSameAsPostal;
  }

  public void setBillingSameAsPostal(boolean billingSameAsPostal) {
    this.billingSameAsPostal = billingSameAsPostal;
  }

  public AddressForm getBillingAddress() {
    return billingAddress;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public String toString() {
    return "PaymentMethodForm[type=" + type + "]";
  }
}
