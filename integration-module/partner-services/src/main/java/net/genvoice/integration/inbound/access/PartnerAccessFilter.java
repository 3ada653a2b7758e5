package net.genvoice.integration.inbound.access;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import net.genvoice.partner.boundary.PartnerAudit;
import net.genvoice.partner.boundary.PartnerCaller;
import net.genvoice.partner.boundary.PartnerCredentials;
import net.genvoice.partner.entity.PartnerChannel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call to the partner services but a read of the published contract (the WSDL and its schema)
 * must authenticate with HTTP Basic as a partner whose credential is active (P19, P23: the
 * credential names the registry entry the partner receives data as). The body is read once, up to
 * {@value #MAX_BODY} bytes, and a SOAP body must pass {@link SoapEnvelopeScreen}. Each refusal here
 * is recorded in the partner audit, and nothing reaches an endpoint.
 */
@WebFilter(filterName = "PartnerAccess", urlPatterns = "/*")
public class PartnerAccessFilter extends HttpFilter {

  /** The request attribute that carries the authenticated {@link PartnerCaller}. */
  public static final String CALLER = PartnerCaller.class.getName();

  /** 64 KiB: ample for any request of the partner services. */
  static final int MAX_BODY = 64 * 1024;

  static final int DRAIN_AT_MOST = 1024 * 1024;

  /** The operations of the affiliate service: any other body element is refused before Metro. */
  private static final Set<QName> OPERATIONS =
      Set.of(new QName(PartnerRefusals.NAMESPACE, "requestCustomerData"));

  private static final Pattern CONTRACT = Pattern.compile("(?i)wsdl|xsd=\\d{1,3}");

  @EJB PartnerCredentials credentials;
  @EJB PartnerAudit accessLog;

  /** Whether partners must call over TLS (production: true; the default run on loopback: false). */
  @Inject
  @ConfigProperty(name = "genvoice.partner.require.tls", defaultValue = "false")
  boolean requireTls;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    PartnerChannel channel = channelOf(request);
    if (isContractRead(request, channel)) {
      chain.doFilter(request, response);
      return;
    }
    String remote = request.getRemoteAddr();
    Optional<BasicCredentials> presented =
        BasicCredentials.parse(request.getHeader("Authorization"));
    if (requireTls && !request.isSecure()) {
      accessLog.refused(
          presented.map(BasicCredentials::partnerId).orElse(null),
          channel,
          "tls-required",
          null,
          remote);
      refuse(response, channel, 403, "tls-required", "Partner services are served over TLS only.");
      return;
    }
    Optional<PartnerCaller> caller =
        credentials.authenticate(
            presented.map(BasicCredentials::partnerId).orElse(null),
            presented.map(BasicCredentials::secret).orElse(null),
            channel,
            remote);
    if (caller.isEmpty()) {
      response.setHeader("WWW-Authenticate", PartnerRefusals.REALM);
      refuse(
          response,
          channel,
          401,
          "unauthenticated",
          "Authenticate with HTTP Basic: your partner id and the secret GenVoice issued you.");
      return;
    }
    byte[] body = readBounded(request);
    if (body == null) {
      accessLog.refused(caller.get().partnerId(), channel, "request-too-large", null, remote);
      response.setHeader("Connection", "close");
      refuse(response, channel, 413, "request-too-large", "At most 64 KiB per request.");
      return;
    }
    if (channel == PartnerChannel.SOAP && "POST".equals(request.getMethod())) {
      Optional<String> refusal = SoapEnvelopeScreen.refusalOf(body, OPERATIONS);
      if (refusal.isPresent()) {
        accessLog.refused(caller.get().partnerId(), channel, refusal.get(), null, remote);
        refuse(response, channel, 500, refusal.get(), messageOf(refusal.get()));
        return;
      }
    }
    request.setAttribute(CALLER, caller.get());
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private static PartnerChannel channelOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") ? PartnerChannel.REST : PartnerChannel.SOAP;
  }

  private static boolean isContractRead(HttpServletRequest request, PartnerChannel channel) {
    String query = request.getQueryString();
    return channel == PartnerChannel.SOAP
        && "GET".equals(request.getMethod())
        && query != null
        && CONTRACT.matcher(query).matches();
  }

  /**
   * The body, or null when it is longer than {@link #MAX_BODY}. A refused body of at most {@link
   * #DRAIN_AT_MOST} bytes is read and dropped first: a server that answers and closes with unread
   * bytes makes TCP reset the connection, and the client may never see the refusal.
   */
  private static byte[] readBounded(HttpServletRequest request) throws IOException {
    long declared = request.getContentLengthLong();
    try (InputStream in = request.getInputStream()) {
      if (declared > MAX_BODY) {
        if (declared <= DRAIN_AT_MOST) {
          in.transferTo(OutputStream.nullOutputStream());
        }
        return null;
      }
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        in.readNBytes(DRAIN_AT_MOST);
        return null;
      }
      return body;
    }
  }

  private static void refuse(
      HttpServletResponse response, PartnerChannel channel, int status, String code, String message)
      throws IOException {
    if (channel == PartnerChannel.SOAP) {
      PartnerRefusals.soapFault(response, status, code, message);
    } else {
      PartnerRefusals.problem(response, status, code, message);
    }
  }

  private static String messageOf(String refusal) {
    return switch (refusal) {
      case SoapEnvelopeScreen.DOCTYPE_REFUSED ->
          "A SOAP message may not contain a document type declaration; nothing was read.";
      case SoapEnvelopeScreen.UNKNOWN_OPERATION ->
          "The body names no operation of this service (see its WSDL).";
      default -> "The request is not a well-formed SOAP 1.1 envelope with a body.";
    };
  }
}
