package net.genvoice.web.consent.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.genvoice.consent.boundary.ConsentCommand;
import net.genvoice.consent.boundary.ConsentEventView;
import net.genvoice.consent.boundary.ConsentPurposeView;
import net.genvoice.consent.boundary.ConsentView;
import net.genvoice.consent.boundary.Consents;
import net.genvoice.consent.boundary.WithdrawalCommand;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * account/consents.xhtml, My consents (P12, P17, P24): the current state of each consent with its
 * one-step grant or withdrawal, the full history and a receipt per event. The text a grant records
 * is the text this page shows.
 */
@Named
@RequestScoped
public class ConsentsPage {

  static final String PAGE = "/account/consents.xhtml";
  static final String ROW_FORM = "consent";

  private static final Map<String, String> NOTICES =
      Map.of(
          "granted",
          "Your consent has been recorded. Its receipt is in the history below.",
          "withdrawn",
          "Your consent has been withdrawn; it took effect at once. Its receipt is in the"
              + " history below.");

  @EJB Consents consents;
  @Inject Caller caller;

  private List<ConsentView> state;
  private List<ConsentEventView> history;
  private Map<String, ConsentPurposeView> catalogue;

  public List<ConsentView> getState() {
    if (state == null) {
      state = consents.currentState(caller.id());
    }
    return state;
  }

  /** Newest first: the change just made is at the top. */
  public List<ConsentEventView> getHistory() {
    if (history == null) {
      history = new ArrayList<>(consents.history(caller.id()));
      Collections.reverse(history);
    }
    return history;
  }

  /** The text shown for a purpose, the one a grant records. */
  public String text(String purpose) {
    ConsentPurposeView view = catalogue().get(purpose);
    return view == null ? "" : view.text();
  }

  /** The version of the text shown, which the grant sends back. */
  public String textVersion(String purpose) {
    ConsentPurposeView view = catalogue().get(purpose);
    return view == null ? "" : view.textVersion();
  }

  private Map<String, ConsentPurposeView> catalogue() {
    if (catalogue == null) {
      catalogue =
          consents.catalogue().stream()
              .collect(Collectors.toMap(ConsentPurposeView::code, Function.identity()));
    }
    return catalogue;
  }

  public String getNotice() {
    return NOTICES.getOrDefault(PageRedirect.parameter("saved"), "");
  }

  /** P17: the customer's own consent, on the web, to the text this page showed. */
  public void grant() {
    String purpose = PageRedirect.parameter("purpose");
    try {
      consents.grant(
          caller.id(),
          new ConsentCommand(
              purpose, null, null, null, PageRedirect.parameter("textVersion"), null),
          sourceAddress());
      PageRedirect.to(PAGE + "?saved=granted");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ROW_FORM, "");
    }
  }

  /** P12: one click withdraws, effective at once. */
  public void withdraw() {
    try {
      consents.withdraw(
          caller.id(),
          new WithdrawalCommand(
              PageRedirect.parameter("purpose"),
              blankToNull(PageRedirect.parameter("recipient")),
              blankToNull(PageRedirect.parameter("scope")),
              null),
          sourceAddress());
      PageRedirect.to(PAGE + "?saved=withdrawn");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ROW_FORM, "");
    }
  }

  private static String sourceAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
