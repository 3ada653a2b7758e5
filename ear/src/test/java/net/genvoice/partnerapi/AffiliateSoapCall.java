package net.genvoice.partnerapi;

import java.util.List;
import java.util.Map;

/**
 * What the client generated from the live WSDL does in AffiliateSoapIT: implemented by {@code
 * GeneratedCaller}, a source compiled together with the generated classes, so that the generated
 * types are used exactly as a partner's developer would use them.
 */
public interface AffiliateSoapCall {

  /** A permitted answer: the ledger's release id and the released fields by name. */
  record Answer(String requestId, String releaseId, Map<String, String> fields) {}

  /** The service refused: the code of the declared fault, or "transport" for an HTTP failure. */
  final class Refused extends Exception {
    private final String code;
    private final String releaseId;

    public Refused(String code, String releaseId, String message) {
      super(message);
      this.code = code;
      this.releaseId = releaseId;
    }

    public String code() {
      return code;
    }

    public String releaseId() {
      return releaseId;
    }
  }

  Answer request(
      String partnerId, String secret, String requestId, String customerId, List<String> fields)
      throws Refused;
}
