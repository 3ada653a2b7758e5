package net.genvoice.sandbox.credit;

import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.genvoice.sandbox.common.CallLog;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.SandboxBehaviour;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;
import net.genvoice.sandbox.credit.soap.Consumer;
import net.genvoice.sandbox.credit.soap.CreditInquiryPort;
import net.genvoice.sandbox.credit.soap.CreditInquiryRequest;
import net.genvoice.sandbox.credit.soap.CreditInquiryResponse;
import net.genvoice.sandbox.credit.soap.InquiryFault;
import net.genvoice.sandbox.credit.soap.InquiryFaultMessage;
import net.genvoice.sandbox.credit.soap.InquiryType;
import net.genvoice.sandbox.credit.soap.Reason;

/**
 * The credit agency's inquiry service over SOAP, at {@code /credit-agency/v1/inquiries} (mapped in
 * web.xml), against the agency's own WSDL. Approving, it scores 720 with two reasons; declining,
 * 540 with the reasons of a thin, delinquent file. A hard inquiry is noted on the credit record, a
 * soft one is not. An inquiry without a consumer name or a permissible purpose is a fault. Metro
 * parses the envelope with external entities and DTDs refused.
 */
@WebService(
    serviceName = "CreditAgencyService",
    portName = "CreditInquiryPort",
    targetNamespace = "http://credit-agency.example/inquiry/v1",
    endpointInterface = "net.genvoice.sandbox.credit.soap.CreditInquiryPort",
    wsdlLocation = "WEB-INF/wsdl/credit-agency.wsdl")
public class CreditAgencyEndpoint implements CreditInquiryPort {

  static final String PARTNER = "credit-agency";

  /**
   * Inquiries by the inquirer's reference and type: a repeated one is not made (nor noted) twice.
   */
  private static final Map<String, CreditInquiryResponse> MADE = new ConcurrentHashMap<>();

  @Override
  public CreditInquiryResponse inquire(CreditInquiryRequest request) throws InquiryFaultMessage {
    CallLog.of(PARTNER).saw(fieldsOf(request));
    Mode mode = SandboxBehaviour.of(PARTNER).next();
    if (mode == Mode.FAIL) {
      throw new IllegalStateException("sandbox: failing on purpose");
    }
    Consumer consumer = request.getConsumer();
    if (consumer == null || consumer.getFullName() == null) {
      throw fault("consumer-unidentified", "The inquiry names no consumer");
    }
    if (request.getPermissiblePurpose() == null
        || request.getInquiryType() == null
        || request.getReference() == null) {
      throw fault(
          "purpose-missing", "An inquiry states its type, permissible purpose and reference");
    }
    CreditInquiryResponse response =
        MADE.computeIfAbsent(
            request.getReference() + " " + request.getInquiryType(), key -> answer(request, mode));
    SandboxBehaviour.delay(mode);
    return response;
  }

  private static CreditInquiryResponse answer(CreditInquiryRequest request, Mode mode) {
    CreditInquiryResponse response = new CreditInquiryResponse();
    response.setInquiryId("inq_" + ChargeBook.random(10));
    response.setNotedOnCreditRecord(request.getInquiryType() == InquiryType.HARD);
    if (mode == Mode.DECLINE) {
      response.setScore(540);
      response.getReason().add(reason("D1", "Serious delinquency on a recent account"));
      response.getReason().add(reason("D2", "Length of credit history too short"));
    } else {
      response.setScore(720);
      response.getReason().add(reason("A1", "Long history of payments on time"));
      response.getReason().add(reason("A2", "Low balances compared with credit limits"));
    }
    return response;
  }

  private static List<String> fieldsOf(CreditInquiryRequest request) {
    List<String> fields = new ArrayList<>(List.of("inquiryType", "permissiblePurpose"));
    Consumer consumer = request.getConsumer();
    if (consumer != null) {
      if (consumer.getFullName() != null) {
        fields.add("consumer.fullName");
      }
      if (consumer.getPostalAddress() != null) {
        fields.add("consumer.postalAddress");
      }
      if (consumer.getNationalId() != null) {
        fields.add("consumer.nationalId");
      }
    }
    return fields;
  }

  private static Reason reason(String code, String description) {
    Reason reason = new Reason();
    reason.setCode(code);
    reason.setDescription(description);
    return reason;
  }

  private static InquiryFaultMessage fault(String code, String message) {
    InquiryFault fault = new InquiryFault();
    fault.setCode(code);
    fault.setMessage(message);
    return new InquiryFaultMessage(message, fault);
  }
}
