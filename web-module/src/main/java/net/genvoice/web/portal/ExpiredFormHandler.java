package net.genvoice.web.portal;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import net.genvoice.web.problem.Causes;

/**
 * A form post whose view state this session never rendered (expired, or forged by another site) is
 * refused before any action runs: the answer is 400 with the "form has expired" page, not a server
 * error. Every other failure goes on to the default handler.
 */
class ExpiredFormHandler extends ExceptionHandlerWrapper {

  static final int STATUS = 400;
  static final String PAGE = "/WEB-INF/errors/expired.html";

  ExpiredFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      if (Causes.innermost(failure, ViewExpiredException.class).isPresent()) {
        events.remove();
        answer(FacesContext.getCurrentInstance());
      }
    }
    getWrapped().handle();
  }

  private static void answer(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    if (faces.getResponseComplete() || external.isResponseCommitted()) {
      return;
    }
    try (InputStream page = external.getResourceAsStream(PAGE)) {
      external.setResponseStatus(STATUS);
      external.setResponseContentType("text/html");
      external.setResponseCharacterEncoding("UTF-8");
      page.transferTo(external.getResponseOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
