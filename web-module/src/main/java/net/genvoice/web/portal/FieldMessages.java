package net.genvoice.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.web.problem.Causes;
import net.genvoice.web.problem.JsonFieldPath;

/**
 * Shows a refused action beside the fields it concerns. Field names are JSON paths ({@code
 * paymentMethod.number}); a form names its inputs so that the path, with dots as naming-container
 * separators, is the input's client id below the form ({@code signup:paymentMethod:number}).
 * Failures no input matches show at the top of the page. Messages come from the business, which
 * never quotes a card number or a password back.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /**
   * Shows a business failure or a Bean Validation failure (both possibly wrapped by the EJB
   * container) for the given form; rethrows anything else.
   *
   * @param jsonPrefix prepended to the failure's field paths, for boundaries that validate a nested
   *     part of the form on its own
   */
  public static void show(RuntimeException failure, String formId, String jsonPrefix) {
    Map<String, String> fields = fieldsOf(failure);
    if (fields.isEmpty()) {
      showOnPage(
          Causes.innermost(failure, BusinessException.class)
              .map(Throwable::getMessage)
              .orElse("This form could not be sent."));
      return;
    }
    boolean marked = false;
    for (var field : fields.entrySet()) {
      marked |= showBeside(formId, jsonPrefix + field.getKey(), field.getValue());
    }
    if (marked) {
      showOnPage("Please correct the fields marked below.");
    }
  }

  /**
   * The refused fields of a business or Bean Validation failure (possibly wrapped by the EJB
   * container), by JSON path; empty for a business failure about no field. Rethrows anything else.
   */
  public static Map<String, String> fieldsOf(RuntimeException failure) {
    Map<String, String> fields = new LinkedHashMap<>();
    var violations = Causes.innermost(failure, ConstraintViolationException.class);
    var business = Causes.innermost(failure, BusinessException.class);
    if (violations.isPresent()) {
      for (ConstraintViolation<?> violation : violations.get().getConstraintViolations()) {
        fields.putIfAbsent(
            JsonFieldPath.of(violation.getPropertyPath()), sentence(violation.getMessage()));
      }
    } else if (business.isPresent()) {
      fields.putAll(business.get().fieldErrors());
    } else {
      throw failure;
    }
    return fields;
  }

  /** A message for the whole page, shown at its top. */
  public static void showOnPage(String message) {
    FacesContext.getCurrentInstance().addMessage(null, error(message));
  }

  /**
   * A message beside one input of a form, which is then marked invalid; at the top of the page when
   * the form has no such input.
   *
   * @return whether the message went beside an input
   */
  public static boolean showBeside(String formId, String jsonPath, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId = formId + ":" + jsonPath.replace('.', ':');
    UIComponent component = faces.getViewRoot().findComponent(clientId);
    if (component instanceof UIInput input) {
      input.setValid(false);
      faces.addMessage(clientId, error(message));
      return true;
    }
    faces.addMessage(null, error(message));
    return false;
  }

  private static FacesMessage error(String message) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
  }

  /** Bean Validation speaks in fragments ("must not be blank"); a page speaks in sentences. */
  static String sentence(String message) {
    if (message == null || message.isBlank()) {
      return "This value is not valid.";
    }
    String text = message.strip();
    return text.substring(0, 1).toUpperCase(Locale.ROOT)
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }
}
