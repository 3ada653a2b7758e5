package net.genvoice.communication.control;

/**
 * A letter for the mail house to print and post: the message id (the provider's idempotency key),
 * the addressee's name and postal address, and the letter. Nothing else about the customer leaves
 * GenVoice.
 */
public record LetterOrder(
    String messageId, String name, Address address, String subject, String text) {

  /** The postal address as the mail house prints it. */
  public record Address(
      String line1, String line2, String city, String region, String postalCode, String country) {}
}
