package net.genvoice.partnerapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import net.genvoice.systemtest.Http;
import net.genvoice.systemtest.SystemUnderTest;

/** Raw calls to the partner services, as a partner's own HTTP client makes them. */
final class PartnerHttp {

  static final String REST = "/partner/api/v1/customer-data-requests";
  static final String SOAP = "/partner/AffiliateService";

  private static final Http HTTP = new Http();

  private PartnerHttp() {}

  static String basic(String partnerId, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((partnerId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** A REST request body; {@code customerId} or {@code phoneNumber} may be null. */
  static String restBody(
      String requestId, String customerId, String phoneNumber, String purpose, String... fields) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("requestId", requestId);
    if (customerId != null) {
      body.add("customerId", customerId);
    }
    if (phoneNumber != null) {
      body.add("phoneNumber", phoneNumber);
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (String field : fields) {
      names.add(field);
    }
    return body.add("purpose", purpose).add("fields", names).build().toString();
  }

  static HttpResponse<String> rest(String authorization, String body) {
    return post(REST, authorization, "application/json", body);
  }

  static HttpResponse<String> soap(String authorization, String envelope) {
    return post(SOAP, authorization, "text/xml; charset=utf-8", envelope);
  }

  /** A SOAP 1.1 envelope asking for these fields of the customer with this id. */
  static String envelope(String requestId, String customerId, String... fields) {
    StringBuilder xml =
        new StringBuilder(
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                + "<gv:requestCustomerData xmlns:gv=\"urn:genvoice:partner:v1\"><request>"
                + "<requestId>"
                + requestId
                + "</requestId><customerId>"
                + customerId
                + "</customerId><purpose>PERFORM_SERVICE</purpose>");
    for (String field : fields) {
      xml.append("<field>").append(field).append("</field>");
    }
    return xml.append("</request></gv:requestCustomerData></S:Body></S:Envelope>").toString();
  }

  static HttpResponse<String> post(
      String path, String authorization, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(SystemUnderTest.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build());
  }
}
