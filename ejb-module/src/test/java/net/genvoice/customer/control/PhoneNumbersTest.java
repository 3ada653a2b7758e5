package net.genvoice.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P03: phone numbers are kept in E.164. */
class PhoneNumbersTest {

  private final PhoneNumbers phones = new PhoneNumbers();

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
    "'+1 (415) 555-0132', US, +14155550132",
    "'0044 20 7946 0018', US, +442079460018",
    "'+44 (0)20 7946 0018', DE, +442079460018",
    "'+49 30.1234.5678', , +493012345678",
    "'  +33 1 23 45 67 89  ', FR, +33123456789",
    "+8613800138000, GB, +8613800138000"
  })
  void internationalNumbersIgnoreTheCountry(String raw, String country, String expected) {
    assertEquals(Optional.of(expected), phones.toE164(raw, country));
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
    "'(415) 555-0132', US, +14155550132",
    "'1-415-555-0132', US, +14155550132",
    "415.555.0132, us, +14155550132",
    "'(604) 555-0199', CA, +16045550199",
    "'020 7946 0018', GB, +442079460018",
    "'07700 900123', GB, +447700900123",
    "'01 234 5678', IE, +35312345678",
    "'087 123 4567', IE, +353871234567",
    "'030 12345678', DE, +493012345678",
    "'0151 12345678', DE, +4915112345678",
    "'01 23 45 67 89', FR, +33123456789",
    "'612 345 678', ES, +34612345678",
    "'06 1234 5678', IT, +390612345678",
    "'312 345 6789', IT, +393123456789",
    "'020 123 4567', NL, +31201234567",
    "'02 123 45 67', BE, +3221234567",
    "'044 668 18 00', CH, +41446681800",
    "'01 5123456', AT, +4315123456",
    "'08-123 456 78', SE, +46812345678",
    "'22 12 34 56', NO, +4722123456",
    "'32 12 34 56', DK, +4532123456",
    "'(02) 9876 5432', AU, +61298765432",
    "'0412 345 678', AU, +61412345678",
    "'09 123 4567', NZ, +6491234567",
    "'021 123 4567', NZ, +64211234567",
    "'098765 43210', IN, +919876543210",
    "'55 1234 5678', MX, +525512345678",
    "'(11) 98765-4321', BR, +5511987654321",
    "'011 98765 4321', BR, +5511987654321",
    "'03-1234-5678', JP, +81312345678",
    "'090-1234-5678', JP, +819012345678"
  })
  void nationalNumbersTakeTheCountryCode(String raw, String country, String expected) {
    assertEquals(Optional.of(expected), phones.toE164(raw, country));
  }

  @ParameterizedTest(name = "{0} ({1}) is not a phone number")
  @CsvSource({
    "'', US",
    "'   ', US",
    "'+1 415 CALL NOW', US",
    "'1-800-FLOWERS', US",
    "'415 555 0132 ext 12', US",
    "'+44 20 7946 0018 #', GB",
    "'+0 123 456 789', GB",
    "'+1234567', GB",
    "'+1234567890123456', GB",
    "'++44 20 7946 0018', GB",
    "'44+20 7946 0018', GB",
    "'555 0132', US",
    "'(015) 555-0132', US",
    "'(415) 055-0132', US",
    "'2-415-555-0132', US",
    "'000 20 7946 0018', GB",
    "'0 7946 0018', GB",
    "'00000', GB",
    "'020 7946 0018', XX",
    "'020 7946 0018', ",
    "'020 7946 0018 99 88', GB",
    "'+44_20_7946_0018', GB"
  })
  void rejectsWhatIsNotAPhoneNumber(String raw, String country) {
    assertEquals(Optional.empty(), phones.toE164(raw, country));
  }

  @Test
  void nullIsNotAPhoneNumber() {
    assertEquals(Optional.empty(), phones.toE164(null, "US"));
  }
}
