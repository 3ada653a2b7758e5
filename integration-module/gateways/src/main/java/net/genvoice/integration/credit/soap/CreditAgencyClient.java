package net.genvoice.integration.credit.soap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.genvoice.credit.control.CreditReport;
import net.genvoice.credit.control.InquiryKind;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.integration.partner.PartnerAddress;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.integration.partner.PartnerUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The agency's SOAP port (generated from its WSDL, {@code genvoice.credit.url}, read timeout {@code
 * genvoice.credit.timeout}) under fault tolerance like the REST partners. The request carries only
 * the released fields; the inquiry's reference is the agency's idempotency key, so a retry is never
 * a second inquiry. Generated types never leave this package: callers get a {@link CreditReport}.
 */
@ApplicationScoped
public class CreditAgencyClient {

  /** The fields an inquiry may carry besides the name. */
  public static final Set<DisclosableField> OPTIONAL_FIELDS =
      Set.of(DisclosableField.CUSTOMER_ADDRESS, DisclosableField.CUSTOMER_GOVERNMENT_ID);

  private static final String CONNECT_TIMEOUT = "com.sun.xml.ws.connect.timeout";
  private static final String REQUEST_TIMEOUT = "com.sun.xml.ws.request.timeout";

  @Inject
  @ConfigProperty(
      name = "genvoice.sandbox.base-url",
      defaultValue = "http://127.0.0.1:8080/sandbox")
  String sandboxBaseUrl;

  @Inject
  @ConfigProperty(name = "genvoice.credit.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "genvoice.credit.timeout", defaultValue = "PT10S")
  String timeout;

  private CreditInquiryPort port;

  @PostConstruct
  void open() {
    port = new CreditAgencyService().getCreditInquiryPort();
    int millis = (int) Duration.parse(timeout).toMillis();
    Map<String, Object> context = ((BindingProvider) port).getRequestContext();
    context.put(
        BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
        PartnerAddress.of(url, sandboxBaseUrl, "/credit-agency/v1/inquiries"));
    context.put(CONNECT_TIMEOUT, Math.min(millis, 5_000));
    context.put(REQUEST_TIMEOUT, millis);
  }

  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 100,
      retryOn = PartnerUnavailableException.class,
      abortOn = PartnerRefusedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.8,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS,
      failOn = PartnerUnavailableException.class,
      skipOn = PartnerRefusedException.class)
  @Timeout(value = 60, unit = ChronoUnit.SECONDS)
  public CreditReport inquire(ReleasedData consumer, InquiryKind kind, String reference) {
    CreditInquiryResponse response;
    try {
      response = port.inquire(CreditInquiries.request(consumer, kind, reference));
    } catch (InquiryFaultMessage e) {
      throw new PartnerRefusedException(422, e.getFaultInfo().getCode());
    } catch (WebServiceException e) {
      throw new PartnerUnavailableException(
          "credit inquiry: "
              + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
    }
    return CreditInquiries.report(response);
  }
}
