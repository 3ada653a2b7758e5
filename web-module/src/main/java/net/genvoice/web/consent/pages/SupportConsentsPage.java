package net.genvoice.web.consent.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.consent.boundary.CapturedConsentCommand;
import net.genvoice.consent.boundary.ConsentEventView;
import net.genvoice.consent.boundary.ConsentPurposeView;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.customer.boundary.CustomerSummaryView;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.privacy.catalogue.PiCategory;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/support/consents.xhtml (P17): a support agent finds the customer on the line by email
 * or phone, sees their consents and history, and records a consent they gave or withdrew verbally
 * (with the call) or in writing (with the signed document). The customer's id travels as a plain
 * parameter, in the address and in the form; their email or phone never goes into an address.
 */
@Named
@RequestScoped
public class SupportConsentsPage {

  static final String PAGE = "/staff/area/support/consents.xhtml";
  static final String FIND_FORM = "findCustomer";
  static final String RECORD_FORM = "record";
  static final String CUSTOMER_PARAMETER = "customer";

  @EJB Customers customers;
  @EJB Consents consents;
  @Inject Caller caller;

  private String email;
  private String phone;
  private List<CustomerSummaryView> found;

  private String channel;
  private String purpose;
  private String granted;
  private String recipient;
  private String scope;
  private List<String> data = new ArrayList<>();
  private String callReference;
  private String documentReference;

  private Optional<CustomerSummaryView> customer;
  private List<ConsentView> state;
  private List<ConsentEventView> history;
  private List<ConsentPurposeView> purposes;

  public void find() {
    try {
      found = customers.lookUp(email, phone);
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FIND_FORM, "");
    }
  }

  /** The customer the page is about, named by the "customer" parameter; empty if none. */
  public Optional<CustomerSummaryView> getCustomer() {
    if (customer == null) {
      String id = PageRedirect.parameter(CUSTOMER_PARAMETER);
      customer = id.isBlank() ? Optional.empty() : customers.summary(id);
    }
    return customer;
  }

  public CustomerSummaryView getShown() {
    return getCustomer().orElse(null);
  }

  public List<ConsentView> getState() {
    if (state == null) {
      state = getCustomer().map(c -> consents.currentState(c.id())).orElse(List.of());
    }
    return state;
  }

  /** Newest first. */
  public List<ConsentEventView> getHistory() {
    if (history == null) {
      history = new ArrayList<>(getCustomer().map(c -> consents.history(c.id())).orElse(List.of()));
      Collections.reverse(history);
    }
    return history;
  }

  public List<ConsentPurposeView> getPurposes() {
    if (purposes == null) {
      purposes = consents.catalogue();
    }
    return purposes;
  }

  /** The categories of personal information a disclosure consent may name. */
  public List<PiCategory> getCategories() {
    return List.of(PiCategory.values());
  }

  /** The version of the texts the agent reads out, which the record names. */
  public String getTextVersion() {
    return getPurposes().get(0).textVersion();
  }

  /** P17: records what the customer said on the call or signed, never a web consent. */
  public void record() {
    Optional<CustomerSummaryView> on = getCustomer();
    if (on.isEmpty()) {
      FieldMessages.showOnPage("Find the customer first.");
      return;
    }
    if (!"verbal".equals(channel) && !"written".equals(channel)) {
      FieldMessages.showBeside(RECORD_FORM, "channel", "Choose how the customer gave it.");
      return;
    }
    CapturedConsentCommand command =
        new CapturedConsentCommand(
            on.get().id(),
            purpose,
            blankToNull(recipient),
            blankToNull(scope),
            data.isEmpty() ? null : data,
            granted == null || granted.isBlank() ? null : Boolean.valueOf(granted),
            PageRedirect.parameter("textVersion"),
            blankToNull(callReference),
            blankToNull(documentReference));
    try {
      if ("verbal".equals(channel)) {
        consents.recordVerbal(caller.id(), command);
      } else {
        consents.recordWritten(caller.id(), command);
      }
      PageRedirect.to(PAGE + "?" + CUSTOMER_PARAMETER + "=" + on.get().id() + "&saved=recorded");
    } catch (RuntimeException refused) {
      Map<String, String> fields = FieldMessages.fieldsOf(refused);
      FieldMessages.show(refused, RECORD_FORM, "");
      if (fields.containsKey("customerId")) {
        customer = Optional.empty();
      }
    }
  }

  public String getNotice() {
    return "recorded".equals(PageRedirect.parameter("saved"))
        ? "The consent has been recorded with its evidence."
        : "";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public List<CustomerSummaryView> getFound() {
    return found;
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

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getGranted() {
    return granted;
  }

  public void setGranted(String granted) {
    this.granted = granted;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public List<String> getData() {
    return data;
  }

  public void setData(List<String> data) {
    this.data = data;
  }

  public String getCallReference() {
    return callReference;
  }

  public void setCallReference(String callReference) {
    this.callReference = callReference;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public void setDocumentReference(String documentReference) {
    this.documentReference = documentReference;
  }
}
