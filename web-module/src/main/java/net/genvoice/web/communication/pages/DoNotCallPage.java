package net.genvoice.web.communication.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.communication.boundary.DoNotCallCommand;
import net.genvoice.communication.boundary.DoNotCallEntries;
import net.genvoice.communication.boundary.DoNotCallEntryView;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/marketing/do-not-call.xhtml (P12): marketing staff add numbers to GenVoice's own
 * do-not-call list (E.164 only; any other form is refused beside the field), find and remove them.
 */
@Named
@RequestScoped
public class DoNotCallPage {

  static final String PAGE = "/staff/area/marketing/do-not-call.xhtml";
  static final String FORM = "addNumber";
  static final String ROW_PARAMETER = "entryId";

  @EJB DoNotCallEntries entries;
  @Inject MarketingCaller caller;

  private List<DoNotCallEntryView> listed;
  private String phone;
  private String note;

  public List<DoNotCallEntryView> getEntries() {
    if (listed == null) {
      listed = entries.entries(PageRedirect.parameter("find"));
    }
    return listed;
  }

  public String getFind() {
    return PageRedirect.parameter("find");
  }

  /** The confirmation after a change; only known keys have a text. */
  public String getNotice() {
    return switch (PageRedirect.parameter("saved")) {
      case "added" -> "The number is on the do-not-call list for five years.";
      case "renewed" -> "The number was listed already; its five years start again today.";
      case "removed" -> "The number has been taken off the do-not-call list.";
      default -> "";
    };
  }

  public void add() {
    try {
      DoNotCallEntryView entry = entries.add(caller.id(), new DoNotCallCommand(phone, note));
      PageRedirect.to(PAGE + "?saved=" + (entry.renewed() ? "renewed" : "added"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  public void remove() {
    try {
      entries.remove(caller.id(), PageRedirect.parameter(ROW_PARAMETER));
      PageRedirect.to(PAGE + "?saved=removed");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
