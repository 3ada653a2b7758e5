package net.genvoice.web.portal;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml: puts {@link ExpiredFormHandler} in front of the default. */
public class ExpiredFormHandlerFactory extends ExceptionHandlerFactory {

  public ExpiredFormHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExpiredFormHandler(getWrapped().getExceptionHandler());
  }
}
