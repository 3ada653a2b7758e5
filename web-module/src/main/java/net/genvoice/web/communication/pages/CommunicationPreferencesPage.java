package net.genvoice.web.communication.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import net.genvoice.communication.boundary.ChannelPreferenceCommand;
import net.genvoice.communication.boundary.ChannelPreferenceView;
import net.genvoice.communication.boundary.CommunicationPreferences;
import net.genvoice.communication.boundary.CommunicationPreferencesView;
import net.genvoice.communication.boundary.MessageView;
import net.genvoice.communication.boundary.Messages;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * account/communications.xhtml (P12, P13): the customer's marketing channels with their current
 * state, allowed or stopped with one button each (a consent event, at once), and their message log.
 * The channel a button acts on comes from a hidden field; an unknown one is refused.
 */
@Named
@RequestScoped
public class CommunicationPreferencesPage {

  static final String PAGE = "/account/communications.xhtml";
  static final String CHANNEL_PARAMETER = "channel";
  static final String VERSION_PARAMETER = "textVersion";

  private static final Map<String, String> NOTICES =
      Map.of(
          "allowed",
          "Your choice has been saved: GenVoice may use this channel for marketing.",
          "stopped",
          "Your choice has been saved: no more marketing this way, starting now, also for"
              + " campaigns already under way.");

  @EJB CommunicationPreferences preferences;
  @EJB Messages messages;
  @Inject Caller caller;
  @Inject CommunicationTexts texts;

  private CommunicationPreferencesView view;
  private List<MessageView> log;

  public List<ChannelPreferenceView> getChannels() {
    return view().channels();
  }

  public String getTransactionalMessages() {
    return view().transactionalMessages();
  }

  public List<MessageView> getMessages() {
    if (log == null) {
      log = messages.log(caller.id());
    }
    return log;
  }

  public String getNotice() {
    return NOTICES.getOrDefault(PageRedirect.parameter("saved"), "");
  }

  /** "Allowed until you stop it", "Stopped since ...", "Not allowed: you have not asked for it". */
  public String state(ChannelPreferenceView channel) {
    if (channel.byDefault()) {
      return channel.granted()
          ? "Allowed until you stop it"
          : "Not allowed: GenVoice uses it only if you ask for it";
    }
    return (channel.granted() ? "Allowed since " : "Stopped since ") + texts.when(channel.since());
  }

  public void allow() {
    change(true);
  }

  public void stop() {
    change(false);
  }

  private void change(boolean granted) {
    try {
      preferences.change(
          caller.id(),
          PageRedirect.parameter(CHANNEL_PARAMETER),
          new ChannelPreferenceCommand(granted, PageRedirect.parameter(VERSION_PARAMETER)),
          remoteAddress());
      PageRedirect.to(PAGE + "?saved=" + (granted ? "allowed" : "stopped"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, "channels", "");
    }
  }

  private CommunicationPreferencesView view() {
    if (view == null) {
      view = preferences.preferences(caller.id());
    }
    return view;
  }

  private static String remoteAddress() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
  }
}
