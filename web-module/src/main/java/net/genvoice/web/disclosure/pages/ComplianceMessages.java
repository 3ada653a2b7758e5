package net.genvoice.web.disclosure.pages;

import java.util.Map;
import java.util.function.UnaryOperator;
import net.genvoice.platform.error.BusinessException;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.problem.Causes;

/**
 * Shows a refused registry or legal-request action beside the page's inputs, where the boundary's
 * field names (e.g. {@code purposes.SALE}) differ from the form's (the purpose select).
 */
final class ComplianceMessages {

  private ComplianceMessages() {}

  static void show(RuntimeException refused, String formId, UnaryOperator<String> inputOf) {
    var business = Causes.innermost(refused, BusinessException.class);
    if (business.isEmpty() || business.get().fieldErrors().isEmpty()) {
      FieldMessages.show(refused, formId, "");
      return;
    }
    boolean marked = false;
    for (Map.Entry<String, String> error : business.get().fieldErrors().entrySet()) {
      marked |= FieldMessages.showBeside(formId, inputOf.apply(error.getKey()), error.getValue());
    }
    if (marked) {
      FieldMessages.showOnPage("Please correct the fields marked below.");
    }
  }
}
