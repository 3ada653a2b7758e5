package net.genvoice.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The registry file upload (P12) has its own limit; every other body keeps 64 KiB. */
class RequestBodyLimitTest {

  @Test
  void onlyTheRegistryImportTakesLargeBodies() {
    assertEquals(
        RequestBodyLimit.REGISTRY_FILE_MAX_BYTES,
        RequestBodyLimit.limitFor("staff/marketing/national-registry/imports"));
    assertEquals(
        RequestBodyLimit.REGISTRY_FILE_MAX_BYTES,
        RequestBodyLimit.limitFor("/staff/marketing/national-registry/imports"));
    assertEquals(
        RequestBodyLimit.MAX_BYTES, RequestBodyLimit.limitFor("staff/marketing/campaigns"));
    assertEquals(RequestBodyLimit.MAX_BYTES, RequestBodyLimit.limitFor("customers"));
    assertEquals(RequestBodyLimit.MAX_BYTES, RequestBodyLimit.limitFor(null));
  }
}
