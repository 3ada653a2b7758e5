package net.genvoice.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** P17: consent evidence keeps IPv4 only to its /24 and IPv6 only to its /48. */
class SourceAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "203.0.113.77, 203.0.113.0",
    "10.1.2.255, 10.1.2.0",
    "127.0.0.1, 127.0.0.0",
    "::ffff:198.51.100.9, 198.51.100.0",
    "2001:db8:85a3:8d3:1319:8a2e:370:7348, 2001:db8:85a3::",
    "2001:0DB8:0001:0002::1, 2001:db8:1::",
    "[2001:db8:abcd:12::5], 2001:db8:abcd::",
    "fe80::1%eth0, fe80::",
    "::1, ::",
    "0:0:0:0:0:0:0:1, ::"
  })
  void truncatesToTheNetwork(String address, String truncated) {
    assertEquals(Optional.of(truncated), SourceAddresses.truncate(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "genvoice.net", "999.1.1.1", "1.2.3", "12:zz::1"})
  void keepsNothingOfWhatIsNotALiteralAddress(String address) {
    assertEquals(Optional.empty(), SourceAddresses.truncate(address));
  }

  @Test
  void keepsNothingOfNoAddress() {
    assertEquals(Optional.empty(), SourceAddresses.truncate(null));
  }
}
