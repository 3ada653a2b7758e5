package net.genvoice.web.customer.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.PaymentMethodView;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.ClientAddress;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.portal.PaymentMethodForm;

/**
 * My account, payment methods: listed masked, made default, removed, added. The row a button acts
 * on comes from a hidden field; the boundary accepts only the caller's own payment methods.
 */
@Named
@RequestScoped
public class PaymentMethodsPage {

  static final String ADD_FORM = "addPaymentMethod";
  static final String ROW_PARAMETER = "paymentMethodId";

  @EJB Customers customers;
  @Inject Caller caller;

  private List<PaymentMethodView> methods;
  private final PaymentMethodForm added = new PaymentMethodForm();

  public List<PaymentMethodView> getMethods() {
    if (methods == null) {
      methods = customers.paymentMethods(caller.id());
    }
    return methods;
  }

  /** Masked, as P03 allows: "Visa ending 1111, expires 12/2030" or a masked PayPal email. */
  public String describe(PaymentMethodView method) {
    if ("paypal".equals(method.type())) {
      return "PayPal " + method.paypalEmail();
    }
    return String.format(
        "%s ending %s, expires %02d/%d",
        method.brand(), method.last4(), method.expiryMonth(), method.expiryYear());
  }

  public void makeDefault() {
    act(() -> customers.chooseDefaultPaymentMethod(caller.id(), row()), "payment-method-default");
  }

  public void remove() {
    act(() -> customers.removePaymentMethod(caller.id(), row()), "payment-method-removed");
  }

  public void add() {
    try {
      var postal = customers.profile(caller.id()).address();
      customers.addPaymentMethod(
          caller.id(), added.toCommand(postal), ClientAddress.ofCurrentRequest());
      PageRedirect.to(AccountNotice.pageFor("payment-method-added"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ADD_FORM, "paymentMethod.");
    }
  }

  /** P03: before the page renders, whatever happened. */
  public void forgetCardSecrets() {
    added.forgetSecrets(ADD_FORM + ":paymentMethod");
  }

  private void act(Runnable change, String notice) {
    try {
      change.run();
      PageRedirect.to(AccountNotice.pageFor(notice));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ADD_FORM, "");
    }
  }

  private static String row() {
    return PageRedirect.parameter(ROW_PARAMETER);
  }

  public PaymentMethodForm getAdded() {
    return added;
  }
}
