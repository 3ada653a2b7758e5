package net.genvoice.sandbox.credit;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.CallLog;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;
import org.w3c.dom.Element;

/**
 * The credit agency's inquiry service, SOAP 1.1 against its WSDL, at {@code
 * /credit-agency/v1/inquiries} ({@code ?wsdl} serves the contract). Approving, it scores 720 with
 * two reasons; declining, 540 with the reasons of a delinquent, thin file. A hard inquiry is noted
 * on the credit record, a soft one is not; one reference and type is one inquiry, however often it
 * is sent. A request without a consumer name, type, purpose or reference is an InquiryFault; a
 * malformed envelope, or one with a DOCTYPE, a client fault. {@code .../sandbox/behaviour} and
 * {@code .../sandbox/calls} as every sandbox.
 */
@WebServlet("/credit-agency/v1/*")
public class CreditAgencyServlet extends JsonSandboxServlet {

  private static final String PARTNER = "credit-agency";
  private static final String INQUIRIES = "/inquiries";

  private record Inquiry(String id, int score, List<String[]> reasons, boolean noted) {}

  private final transient Map<String, Inquiry> made = new ConcurrentHashMap<>();

  public CreditAgencyServlet() {
    super(PARTNER);
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    return null; // the agency speaks only SOAP
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    if (INQUIRIES.equals(path) && request.getParameter("wsdl") != null) {
      serve(response, "credit-agency.wsdl");
    } else if ("/credit-inquiry.xsd".equals(path)) {
      serve(response, "credit-inquiry.xsd");
    } else {
      super.doGet(request, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!INQUIRIES.equals(request.getPathInfo())) {
      super.doPost(request, response);
      return;
    }
    Element inquiry = SoapMessages.bodyOf(request.getInputStream());
    if (inquiry == null
        || !SoapMessages.AGENCY.equals(inquiry.getNamespaceURI())
        || !"CreditInquiryRequest".equals(inquiry.getLocalName())) {
      soap(response, 500, SoapMessages.fault("Client", "Not a credit inquiry envelope", null));
      return;
    }
    Element consumer = SoapMessages.child(inquiry, SoapMessages.AGENCY, "consumer");
    CallLog.of(PARTNER).saw(fieldsOf(inquiry, consumer));
    Mode mode = SandboxBehaviour.of(PARTNER).next();
    if (mode == Mode.FAIL) {
      soap(response, 500, SoapMessages.fault("Server", "sandbox: failing on purpose", null));
      return;
    }
    String type = SoapMessages.text(inquiry, "inquiryType");
    String reference = SoapMessages.text(inquiry, "reference");
    if (SoapMessages.text(consumer, "fullName") == null) {
      soap(response, 500, inquiryFault("consumer-unidentified", "The inquiry names no consumer"));
      return;
    }
    if (type == null
        || !type.matches("SOFT|HARD")
        || SoapMessages.text(inquiry, "permissiblePurpose") == null
        || reference == null) {
      soap(
          response,
          500,
          inquiryFault(
              "purpose-missing", "An inquiry states its type, permissible purpose and reference"));
      return;
    }
    Inquiry answer = made.computeIfAbsent(reference + " " + type, key -> inquire(type, mode));
    SandboxBehaviour.delay(mode);
    soap(response, 200, SoapMessages.envelope(responseOf(answer)));
  }

  private static Inquiry inquire(String type, Mode mode) {
    boolean declining = mode == Mode.DECLINE;
    return new Inquiry(
        "inq_" + ChargeBook.random(10),
        declining ? 540 : 720,
        declining
            ? List.of(
                new String[] {"D1", "Serious delinquency on a recent account"},
                new String[] {"D2", "Length of credit history too short"})
            : List.of(
                new String[] {"A1", "Long history of payments on time"},
                new String[] {"A2", "Low balances compared with credit limits"}),
        "HARD".equals(type));
  }

  private static String responseOf(Inquiry inquiry) {
    StringBuilder xml =
        new StringBuilder("<c:CreditInquiryResponse xmlns:c=\"" + SoapMessages.AGENCY + "\">")
            .append("<c:inquiryId>")
            .append(inquiry.id())
            .append("</c:inquiryId><c:score>")
            .append(inquiry.score())
            .append("</c:score>");
    for (String[] reason : inquiry.reasons()) {
      xml.append("<c:reason><c:code>")
          .append(reason[0])
          .append("</c:code><c:description>")
          .append(SoapMessages.escape(reason[1]))
          .append("</c:description></c:reason>");
    }
    return xml.append("<c:notedOnCreditRecord>")
        .append(inquiry.noted())
        .append("</c:notedOnCreditRecord></c:CreditInquiryResponse>")
        .toString();
  }

  private static List<String> fieldsOf(Element inquiry, Element consumer) {
    List<String> fields = new ArrayList<>();
    for (String name : List.of("inquiryType", "permissiblePurpose")) {
      if (SoapMessages.text(inquiry, name) != null) {
        fields.add(name);
      }
    }
    for (String name : List.of("fullName", "postalAddress", "nationalId")) {
      if (SoapMessages.text(consumer, name) != null) {
        fields.add("consumer." + name);
      }
    }
    return fields;
  }

  private static String inquiryFault(String code, String message) {
    return SoapMessages.fault("Client", message, code);
  }

  private void serve(HttpServletResponse response, String file) throws IOException {
    try (InputStream contract = getServletContext().getResourceAsStream("/WEB-INF/wsdl/" + file)) {
      if (contract == null) {
        response.sendError(404);
        return;
      }
      response.setContentType("text/xml;charset=UTF-8");
      contract.transferTo(response.getOutputStream());
    }
  }

  private static void soap(HttpServletResponse response, int status, String envelope)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/xml;charset=UTF-8");
    response.getOutputStream().write(envelope.getBytes(StandardCharsets.UTF_8));
  }
}
