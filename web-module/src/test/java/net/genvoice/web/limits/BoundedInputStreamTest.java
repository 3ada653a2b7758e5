package net.genvoice.web.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

  @Test
  void passesABodyUpToTheLimit() throws IOException {
    byte[] body = new byte[100];
    try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(body), 100)) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void failsOnTheFirstByteBeyondTheLimit() {
    InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100);
    assertThrows(RequestBodyTooLargeException.class, in::readAllBytes);
  }

  @Test
  void countsSingleByteReadsToo() throws IOException {
    InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);
    in.read();
    in.read();
    assertThrows(RequestBodyTooLargeException.class, in::read);
  }
}
