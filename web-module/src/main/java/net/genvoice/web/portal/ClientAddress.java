package net.genvoice.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The IP address the current page request came from (P11: fraud screening), or null. */
public final class ClientAddress {

  private ClientAddress() {}

  public static String ofCurrentRequest() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null
            && faces.getExternalContext().getRequest() instanceof HttpServletRequest http
        ? http.getRemoteAddr()
        : null;
  }
}
