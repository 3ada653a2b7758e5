package net.genvoice.web.portal;

import net.genvoice.customer.boundary.AddressCommand;

/** The fields of a postal address as a form holds them between the page and the boundary. */
public class AddressForm {

  private String line1;
  private String line2;
  private String city;
  private String region;
  private String postalCode;
  private String country;

  public static AddressForm of(AddressCommand address) {
    AddressForm form = new AddressForm();
    if (address != null) {
      form.line1 = address.line1();
      form.line2 = address.line2();
      form.city = address.city();
      form.region = address.region();
      form.postalCode = address.postalCode();
      form.country = address.country();
    }
    return form;
  }

  public AddressCommand toCommand() {
    return new AddressCommand(line1, line2, city, region, postalCode, country);
  }

  public String getLine1() {
    return line1;
  }

  public void setLine1(String line1) {
    this.line1 = line1;
  }

  public String getLine2() {
    return line2;
  }

  public void setLine2(String line2) {
    this.line2 = line2;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
