package net.genvoice.sandbox.credit;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;

/**
 * The credit agency sandbox's switch and call count ({@code /credit-agency/v1/sandbox/behaviour},
 * {@code /credit-agency/v1/sandbox/calls}); the agency itself speaks only SOAP ({@link
 * CreditAgencyEndpoint}, whose exact mapping {@code /credit-agency/v1/inquiries} wins over this
 * servlet's prefix).
 */
@WebServlet("/credit-agency/v1/*")
public class CreditAgencySandboxServlet extends JsonSandboxServlet {

  public CreditAgencySandboxServlet() {
    super(CreditAgencyEndpoint.PARTNER);
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    return null;
  }
}
