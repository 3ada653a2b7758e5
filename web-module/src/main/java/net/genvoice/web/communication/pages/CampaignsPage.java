package net.genvoice.web.communication.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.communication.boundary.CampaignCommand;
import net.genvoice.communication.boundary.CampaignView;
import net.genvoice.communication.boundary.Campaigns;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * staff/area/marketing/campaigns.xhtml (P12): the campaigns, and a form to create one (an unknown
 * or missing channel, or a missing field, is refused beside the field). Each campaign links to its
 * page, where it is previewed and run.
 */
@Named
@RequestScoped
public class CampaignsPage {

  static final String FORM = "createCampaign";

  @EJB Campaigns campaigns;
  @Inject MarketingCaller caller;

  private List<CampaignView> all;
  private String name;
  private String channel;
  private String subject;
  private String body;

  public List<CampaignView> getCampaigns() {
    if (all == null) {
      all = campaigns.all();
    }
    return all;
  }

  /** The channels a campaign can use, by code. */
  public List<String> getChannels() {
    return List.of("telemarketing", "direct-mail", "email");
  }

  public void create() {
    try {
      CampaignView created =
          campaigns.create(caller.id(), new CampaignCommand(name, channel, subject, body));
      PageRedirect.to(CampaignPage.PAGE + "?id=" + created.id() + "&saved=created");
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, FORM, "");
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
