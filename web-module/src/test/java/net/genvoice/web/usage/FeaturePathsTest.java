package net.genvoice.web.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import net.genvoice.customer.control.CardLikeNumbers;
import net.genvoice.usage.entity.Feature;
import org.junit.jupiter.api.Test;

/** P04, P05: every request is counted under a feature of a closed list, never its raw path. */
class FeaturePathsTest {

  @Test
  void pagesAndApiResourcesHaveTheirFeature() {
    assertEquals(Feature.HOME, of("GET", "/"));
    assertEquals(Feature.SIGN_IN, of("POST", "/login.xhtml"));
    assertEquals(Feature.COOKIE_PREFERENCES, of("POST", "/cookies/choice"));
    assertEquals(Feature.ACCOUNT, of("GET", "/account/index.xhtml"));
    assertEquals(Feature.STAFF_AREA, of("GET", "/staff/area/reports/usage.xhtml"));
    assertEquals(Feature.API_PROFILE, of("GET", "/api/v1/me"));
    assertEquals(Feature.API_PAYMENT_METHODS, of("DELETE", "/api/v1/me/payment-methods/9f1c"));
    assertEquals(
        Feature.API_CONSENTS, of("POST", "/api/v1/me/consents/marketing.email/withdrawal"));
    assertEquals(Feature.API_COOKIE_PREFERENCES, of("PUT", "/api/v1/me/cookie-preferences"));
    assertEquals(Feature.API_AUTH, of("POST", "/api/v1/auth/token"));
    assertEquals(Feature.API_STAFF, of("GET", "/api/v1/staff/reports/usage"));
    assertEquals(Feature.API_OTHER, of("GET", "/api/v1/version"));
    assertEquals(Feature.API_OTHER, of("GET", "/api/v1/me/something-new"), "not the profile");
    assertEquals(Feature.API_DISCLOSURES, of("GET", "/api/v1/me/disclosures"));
    assertEquals(Feature.DISCLOSURES, of("GET", "/account/disclosures.xhtml"));
    assertEquals(Feature.CONSENTS, of("POST", "/account/consents.xhtml"));
    assertEquals(Feature.SURVEYS, of("GET", "/account/survey.xhtml"));
    assertEquals(Feature.API_COMMUNICATIONS, of("PUT", "/api/v1/me/communications/email"));
    assertEquals(Feature.API_OTHER, of("GET", "/api/v1/meals"));
  }

  @Test
  void theServersOwnEndpointsAndStaticFilesAreNoFeature() {
    for (String path :
        new String[] {
          "/health/ready",
          "/health",
          "/metrics",
          "/openapi",
          "/resources/css/portal.css",
          "/jakarta.faces.resource/css/portal.css.xhtml"
        }) {
      assertTrue(net.genvoice.web.platform.RequestPaths.isStatic(path), path);
    }
    assertFalse(net.genvoice.web.platform.RequestPaths.isStatic("/healthy.xhtml"));
  }

  @Test
  void whateverAVisitorTypesBecomesOther() {
    assertEquals(Feature.OTHER, of("GET", "/4111111111111111"));
    assertEquals(Feature.OTHER, of("GET", "/search/ada@example.com"));
    for (Feature feature : Feature.values()) {
      assertFalse(CardLikeNumbers.containsCardLike(feature.code()));
    }
  }

  @Test
  void aFormSentFromMyAccountCountsAsItsSection() {
    assertEquals(Feature.PROFILE, FeaturePaths.accountForm(Set.of("profile", "profile:name")));
    assertEquals(Feature.PROFILE, FeaturePaths.accountForm(Set.of("emailChange")));
    assertEquals(Feature.PAYMENT_METHODS, FeaturePaths.accountForm(Set.of("addPaymentMethod")));
    assertEquals(
        Feature.PAYMENT_METHODS, FeaturePaths.accountForm(Set.of("j_idt31:0:paymentMethod")));
    assertEquals(Feature.SEATS, FeaturePaths.accountForm(Set.of("addSeat", "addSeat:name")));
    assertEquals(Feature.SEATS, FeaturePaths.accountForm(Set.of("j_idt40:1:seat")));
    assertEquals(Feature.ACCOUNT, FeaturePaths.accountForm(Set.of("signOut")));
  }

  private static Feature of(String method, String path) {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, called, args) ->
                    switch (called.getName()) {
                      case "getMethod" -> method;
                      case "getParameterMap" -> Map.of();
                      default ->
                          throw new AssertionError(
                              "the test did not expect a call of " + called.getName());
                    });
    return FeaturePaths.of(request, path);
  }
}
