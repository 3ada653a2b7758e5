package net.genvoice.web.communication.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import net.genvoice.communication.boundary.CampaignPreviewView;
import net.genvoice.communication.boundary.CampaignView;
import net.genvoice.communication.boundary.Campaigns;
import net.genvoice.communication.boundary.NoSuchRecordException;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/marketing/campaign.xhtml?id=... (P12): one campaign, its preview (who it would reach
 * now, who it would hold back and why) and the button that runs it, offered only when it may run; a
 * refusal (a stale registry, a second run) shows on the page.
 */
@Named
@RequestScoped
public class CampaignPage {

  static final String PAGE = "/staff/area/marketing/campaign.xhtml";
  static final String ID_PARAMETER = "campaignId";

  private static final Map<String, String> NOTICES =
      Map.of(
          "created",
          "The campaign has been created. Preview it, then run it.",
          "started",
          "The campaign is running: its messages go out now, each checked again when it is"
              + " sent.");

  @EJB Campaigns campaigns;
  @Inject MarketingCaller caller;

  private CampaignView campaign;
  private CampaignPreviewView preview;

  /** The campaign named by {@code ?id=} (a page view) or the form's hidden field (a post). */
  public String getId() {
    String id = PageRedirect.parameter("id");
    return id.isEmpty() ? PageRedirect.parameter(ID_PARAMETER) : id;
  }

  /** The campaign, or null when there is no such campaign. */
  public CampaignView getCampaign() {
    if (campaign == null && !getId().isEmpty()) {
      try {
        campaign = campaigns.find(getId());
      } catch (NoSuchRecordException unknown) {
        return null;
      }
    }
    return campaign;
  }

  public CampaignPreviewView getPreview() {
    if (preview == null && getCampaign() != null) {
      preview = campaigns.preview(getId());
    }
    return preview;
  }

  /** One row of the preview's reasons. */
  public record ReasonCount(String reason, long customers) {}

  public List<ReasonCount> getSuppressed() {
    CampaignPreviewView current = getPreview();
    return current == null
        ? List.of()
        : current.suppressed().entrySet().stream()
            .map(entry -> new ReasonCount(entry.getKey(), entry.getValue()))
            .toList();
  }

  public String getNotice() {
    return NOTICES.getOrDefault(PageRedirect.parameter("saved"), "");
  }

  public void run() {
    try {
      campaigns.run(caller.id(), getId());
      PageRedirect.to(PAGE + "?id=" + getId() + "&saved=started");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, "runCampaign", "");
    }
  }
}
