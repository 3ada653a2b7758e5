package net.genvoice.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PiCategory;

/** A postal address: the customer's, or a card's billing address. */
@Embeddable
public class PostalAddress {

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_line1")
  private String line1;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_line2")
  private String line2;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_city")
  private String city;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_region")
  private String region;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_postal_code")
  private String postalCode;

  @PersonalData(PiCategory.CONTACT)
  @Column(name = "address_country")
  private String country;

  protected PostalAddress() {}

  public PostalAddress(
      String line1, String line2, String city, String region, String postalCode, String country) {
    this.line1 = line1;
    this.line2 = line2;
    this.city = city;
    this.region = region;
    this.postalCode = postalCode;
    this.country = country;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String city() {
    return city;
  }

  public String region() {
    return region;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }

  /**
   * The address on one line, the parts present in postal order ("1 Main St, Suite 5, Springfield,
   * IL 62701, US"): the value of the disclosable field customer.address wherever it is released.
   */
  public String oneLine() {
    String regionAndCode =
        Stream.of(region, postalCode)
            .filter(Objects::nonNull)
            .filter(part -> !part.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(line1, line2, city, regionAndCode, country)
        .filter(Objects::nonNull)
        .filter(part -> !part.isBlank())
        .collect(Collectors.joining(", "));
  }
}
