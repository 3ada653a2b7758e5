package net.genvoice.integration.inbound.access;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers of a refused partner call: a SOAP 1.1 fault whose faultcode is the stable code in
 * GenVoice's partner namespace (the same shape the endpoint's declared fault has), or an RFC 9457
 * problem carrying the code. Never a stack trace, never what the caller sent.
 */
public final class PartnerRefusals {

  /** The namespace of the partner services' WSDL, faults and fault codes. */
  public static final String NAMESPACE = "urn:genvoice:partner:v1";

  public static final String REALM = "Basic realm=\"genvoice-partner\", charset=\"UTF-8\"";

  private PartnerRefusals() {}

  public static void soapFault(
      HttpServletResponse response, int status, String code, String message) throws IOException {
    byte[] body = soapFault(code, message).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/xml;charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  public static void problem(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    byte[] body = problem(status, code, message).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static String soapFault(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
        + "<S:Fault xmlns:gv=\""
        + NAMESPACE
        + "\"><faultcode>gv:"
        + code
        + "</faultcode><faultstring>"
        + escaped(message)
        + "</faultstring><detail><gv:refusal><code>"
        + code
        + "</code><message>"
        + escaped(message)
        + "</message></gv:refusal></detail></S:Fault></S:Body></S:Envelope>";
  }

  static String problem(int status, String code, String message) {
    return Json.createObjectBuilder()
        .add("type", "https://genvoice.net/problems/" + code)
        .add("title", titleOf(status))
        .add("status", status)
        .add("code", code)
        .add("detail", message)
        .build()
        .toString();
  }

  private static String titleOf(int status) {
    return switch (status) {
      case 401 -> "Sign-in required";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request too large";
      case 500 -> "Internal error";
      default -> "The request is not valid";
    };
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
