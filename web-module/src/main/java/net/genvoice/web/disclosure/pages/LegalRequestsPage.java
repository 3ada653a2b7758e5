package net.genvoice.web.disclosure.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.legal.boundary.LegalExportView;
import net.genvoice.disclosure.legal.boundary.LegalRequestCommand;
import net.genvoice.disclosure.legal.boundary.LegalRequestView;
import net.genvoice.disclosure.legal.boundary.LegalRequests;
import net.genvoice.disclosure.registry.boundary.RecipientView;
import net.genvoice.disclosure.registry.boundary.Recipients;
import net.genvoice.privacy.catalogue.PiCategory;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/compliance/legal-requests.xhtml (P18): the compliance officer records a subpoena or
 * court order and fulfils it; the export, recorded in the ledger like any release, is shown on the
 * page as the JSON handed to the authority.
 */
@Named
@RequestScoped
public class LegalRequestsPage {

  static final String PAGE = "/staff/area/compliance/legal-requests.xhtml";
  static final String FORM = "recordRequest";

  @EJB LegalRequests legalRequests;
  @EJB Recipients recipients;
  @Inject Caller caller;

  private List<LegalRequestView> all;
  private String kind;
  private String authorityId;
  private String reference;
  private String issuedOn;
  private String subjects;
  private List<String> categories = new ArrayList<>();
  private String nonDisclosureUntil;
  private String export;

  public List<LegalRequestView> getAll() {
    if (all == null) {
      all = legalRequests.all();
    }
    return all;
  }

  public void record() {
    LocalDate issued = date(issuedOn, "issuedOn");
    LocalDate until = date(nonDisclosureUntil, "nonDisclosureUntil");
    if (issued == null && issuedOn != null && !issuedOn.isBlank()
        || until == null && nonDisclosureUntil != null && !nonDisclosureUntil.isBlank()) {
      return;
    }
    try {
      legalRequests.record(
          caller.id(),
          new LegalRequestCommand(
              kind, authorityId, reference, issued, subjectList(), List.copyOf(categories), until));
      PageRedirect.to(PAGE + "?done=recorded");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  /** Fulfils the request of the row; the page then shows the export. */
  public void fulfil() {
    try {
      LegalExportView exported =
          legalRequests.fulfil(caller.id(), PageRedirect.parameter("legalRequestId"));
      try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
        export = json.toJson(exported);
      }
      all = null;
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    } catch (Exception closing) {
      throw new IllegalStateException(closing);
    }
  }

  public String getDone() {
    return "recorded".equals(PageRedirect.parameter("done")) ? "recorded" : "";
  }

  /** The courts and law-enforcement authorities of the registry. */
  public List<RecipientView> getAuthorities() {
    return recipients.all().stream()
        .filter(RecipientView::active)
        .filter(r -> r.kind().equals(RecipientKind.COURT_OR_LAW_ENFORCEMENT.name()))
        .toList();
  }

  /** The categories with a disclosable field; survey answers never leave GenVoice (P14). */
  public List<String> getCategoryNames() {
    return Arrays.stream(PiCategory.values())
        .filter(
            c ->
                Arrays.stream(DisclosableField.values())
                    .anyMatch(f -> f.category() == c && !f.internalOnly()))
        .map(Enum::name)
        .toList();
  }

  private List<String> subjectList() {
    return subjects == null
        ? List.of()
        : Arrays.stream(subjects.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      FieldMessages.showBeside(FORM, field, "Enter a date as YYYY-MM-DD");
      return null;
    }
  }

  public String getExport() {
    return export;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getAuthorityId() {
    return authorityId;
  }

  public void setAuthorityId(String authorityId) {
    this.authorityId = authorityId;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(String issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getSubjects() {
    return subjects;
  }

  public void setSubjects(String subjects) {
    this.subjects = subjects;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public String getNonDisclosureUntil() {
    return nonDisclosureUntil;
  }

  public void setNonDisclosureUntil(String nonDisclosureUntil) {
    this.nonDisclosureUntil = nonDisclosureUntil;
  }
}
