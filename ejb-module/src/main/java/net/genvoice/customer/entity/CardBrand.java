package net.genvoice.customer.entity;

/** P03: the only card brands GenVoice accepts. */
public enum CardBrand {
  VISA("Visa", 3),
  MASTERCARD("MasterCard", 3),
  AMERICAN_EXPRESS("American Express", 4);

  private final String displayName;
  private final int cvvLength;

  CardBrand(String displayName, int cvvLength) {
    this.displayName = displayName;
    this.cvvLength = cvvLength;
  }

  public String displayName() {
    return displayName;
  }

  public int cvvLength() {
    return cvvLength;
  }
}
