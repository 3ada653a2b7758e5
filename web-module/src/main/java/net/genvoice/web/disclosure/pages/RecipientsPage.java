package net.genvoice.web.disclosure.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.entity.RecipientKind;
import net.genvoice.disclosure.registry.boundary.RecipientChangeCommand;
import net.genvoice.disclosure.registry.boundary.RecipientCommand;
import net.genvoice.disclosure.registry.boundary.RecipientView;
import net.genvoice.disclosure.registry.boundary.Recipients;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/compliance/recipients.xhtml (P23): the compliance officer lists the registry, adds a
 * recipient with one purpose, sets the fields of a purpose of an entry, and deactivates entries.
 */
@Named
@RequestScoped
public class RecipientsPage {

  static final String PAGE = "/staff/area/compliance/recipients.xhtml";
  static final String CREATE_FORM = "createRecipient";
  static final String CHANGE_FORM = "changeRecipient";

  @EJB Recipients recipients;
  @Inject Caller caller;

  private List<RecipientView> all;
  private String id;
  private String name;
  private String kind;
  private String agreementReference;
  private String purpose;
  private List<String> fields = new ArrayList<>();
  private String changedId;
  private String changedPurpose;
  private List<String> changedFields = new ArrayList<>();

  public List<RecipientView> getAll() {
    if (all == null) {
      all = recipients.all();
    }
    return all;
  }

  public List<RecipientView> getActive() {
    return getAll().stream().filter(RecipientView::active).toList();
  }

  public void create() {
    try {
      recipients.create(
          caller.id(),
          new RecipientCommand(
              id, name, kind, agreementReference, Map.of(orEmpty(purpose), List.copyOf(fields))));
      PageRedirect.to(PAGE + "?done=created");
    } catch (RuntimeException refused) {
      ComplianceMessages.show(refused, CREATE_FORM, RecipientsPage::createInput);
    }
  }

  /** Sets the fields of one purpose; no field removes the purpose from the entry. */
  public void change() {
    try {
      RecipientView current = recipients.find(changedId);
      Map<String, List<String>> purposes = new LinkedHashMap<>(current.purposes());
      purposes.remove(orEmpty(changedPurpose));
      if (!changedFields.isEmpty()) {
        purposes.put(orEmpty(changedPurpose), List.copyOf(changedFields));
      }
      recipients.change(caller.id(), changedId, new RecipientChangeCommand(null, null, purposes));
      PageRedirect.to(PAGE + "?done=changed");
    } catch (RuntimeException refused) {
      ComplianceMessages.show(refused, CHANGE_FORM, RecipientsPage::changeInput);
    }
  }

  public void deactivate() {
    try {
      recipients.deactivate(caller.id(), PageRedirect.parameter("recipientId"));
      PageRedirect.to(PAGE + "?done=deactivated");
    } catch (RuntimeException refused) {
      ComplianceMessages.show(refused, CHANGE_FORM, RecipientsPage::changeInput);
    }
  }

  /** What the page just did, after its redirect: created, changed or deactivated. */
  public String getDone() {
    String done = PageRedirect.parameter("done");
    return List.of("created", "changed", "deactivated").contains(done) ? done : "";
  }

  public String purposesOf(RecipientView recipient) {
    return recipient.purposes().entrySet().stream()
        .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
        .collect(Collectors.joining("; "));
  }

  public List<String> getKinds() {
    return Arrays.stream(RecipientKind.values()).map(Enum::name).toList();
  }

  /** Every purpose but sale, which no recipient may ever be registered for (P15). */
  public List<String> getPurposes() {
    return Arrays.stream(Purpose.values()).filter(p -> p != Purpose.SALE).map(Enum::name).toList();
  }

  /** Every field but survey answers, which never leave GenVoice (P14). */
  public List<String> getFieldNames() {
    return Arrays.stream(DisclosableField.values())
        .filter(f -> !f.internalOnly())
        .map(DisclosableField::fieldName)
        .toList();
  }

  private static String createInput(String boundaryField) {
    return boundaryField.startsWith("purposes") ? "purpose" : boundaryField;
  }

  private static String changeInput(String boundaryField) {
    return boundaryField.startsWith("purposes") ? "purpose" : "recipient";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getAgreementReference() {
    return agreementReference;
  }

  public void setAgreementReference(String agreementReference) {
    this.agreementReference = agreementReference;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public List<String> getFields() {
    return fields;
  }

  public void setFields(List<String> fields) {
    this.fields = fields;
  }

  public String getChangedId() {
    return changedId;
  }

  public void setChangedId(String changedId) {
    this.changedId = changedId;
  }

  public String getChangedPurpose() {
    return changedPurpose;
  }

  public void setChangedPurpose(String changedPurpose) {
    this.changedPurpose = changedPurpose;
  }

  public List<String> getChangedFields() {
    return changedFields;
  }

  public void setChangedFields(List<String> changedFields) {
    this.changedFields = changedFields;
  }
}
