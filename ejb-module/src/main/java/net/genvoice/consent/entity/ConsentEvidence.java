package net.genvoice.consent.entity;

/**
 * P17: the evidence of a consent event: the channel, the text shown and its version, who captured
 * it (written and verbal only), the call (verbal) or the signed document (written), and the
 * truncated source address (web, browser signal).
 */
public record ConsentEvidence(
    ConsentChannel channel,
    String textShown,
    String textVersion,
    String capturedBy,
    String callReference,
    String documentReference,
    String sourceAddress) {

  public static ConsentEvidence web(String textShown, String textVersion, String sourceAddress) {
    return new ConsentEvidence(
        ConsentChannel.WEB, textShown, textVersion, null, null, null, sourceAddress);
  }

  public static ConsentEvidence verbal(
      String textShown, String textVersion, String capturedBy, String callReference) {
    return new ConsentEvidence(
        ConsentChannel.VERBAL, textShown, textVersion, capturedBy, callReference, null, null);
  }

  public static ConsentEvidence written(
      String textShown, String textVersion, String capturedBy, String documentReference) {
    return new ConsentEvidence(
        ConsentChannel.WRITTEN, textShown, textVersion, capturedBy, null, documentReference, null);
  }

  /** A privacy signal the customer's browser sent, such as Global Privacy Control. */
  public static ConsentEvidence browserSignal(
      String textShown, String textVersion, String sourceAddress) {
    return new ConsentEvidence(
        ConsentChannel.BROWSER_SIGNAL, textShown, textVersion, null, null, null, sourceAddress);
  }
}
