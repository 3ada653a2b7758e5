package net.genvoice.web.cookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.genvoice.cookies.entity.CookieCategory;
import net.genvoice.cookies.entity.CookieChoice;
import org.junit.jupiter.api.Test;

/**
 * P25, P26: the guard in front of every response strips a cookie whose value holds a card-like
 * number (also an essential one), a cookie of an unconsented category and an undeclared cookie,
 * whether set with {@code addCookie} or a {@code Set-Cookie} header; deletions always pass.
 */
class CookieGuardTest {

  private static final String VISA = "4111 1111 1111 1111";

  /** What reached the real response: cookie names, and Set-Cookie headers as sent. */
  private final List<String> set = new ArrayList<>();

  @Test
  void aCardLikeValueIsStrippedEvenFromAnEssentialCookie() throws Exception {
    run(
        CookieChoice.ALL,
        response -> {
          response.addCookie(new Cookie("genvoice_cookies", "4111111111111111"));
          response.addCookie(new Cookie("genvoice_remember", "pan-4111-1111-1111-1111"));
          response.addHeader("Set-Cookie", "genvoice_cookies=" + VISA.replace(" ", "%20"));
          response.addHeader("Set-Cookie", "genvoice_visitor=abc; Path=/; Comment=" + VISA);
          response.addCookie(new Cookie("genvoice_cookies", "2026-11-01.analytics"));
        });

    assertEquals(List.of("genvoice_cookies"), set, "only the clean cookie passes");
  }

  @Test
  void anUnconsentedCategoryIsStrippedAndAConsentedOnePasses() throws Exception {
    run(CookieChoice.NONE, CookieGuardTest::setVisitorCookieBothWays);
    assertEquals(List.of(), set, "no analytics consent: no analytics cookie");

    run(CookieChoice.of(CookieCategory.PERSONALISATION), CookieGuardTest::setVisitorCookieBothWays);
    assertEquals(List.of(), set, "consent to another category does not count");

    run(CookieChoice.of(CookieCategory.ANALYTICS), CookieGuardTest::setVisitorCookieBothWays);
    assertEquals(
        List.of("genvoice_visitor", "Set-Cookie: genvoice_visitor=Vq3xT0c1k9ZpLm2n; Path=/"), set);
  }

  @Test
  void essentialCookiesNeedNoConsentButUndeclaredOnesNeverPass() throws Exception {
    run(
        CookieChoice.NONE,
        response -> {
          response.addCookie(new Cookie("genvoice_remember", "opaque-token"));
          response.addCookie(new Cookie("genvoice_cookies", "2026-11-01.none"));
          response.addCookie(new Cookie("_ga", "GA1.2.3"));
          response.setHeader("Set-Cookie", "tracker=1; Path=/");
        });

    assertEquals(List.of("genvoice_remember", "genvoice_cookies"), set);
  }

  @Test
  void deletingACookieAlwaysPasses() throws Exception {
    run(
        CookieChoice.NONE,
        response -> {
          Cookie deletion = new Cookie("genvoice_visitor", "");
          deletion.setMaxAge(0);
          response.addCookie(deletion);
          response.addHeader("Set-Cookie", "genvoice_visitor=; Max-Age=0; Path=/");
        });

    assertEquals(
        List.of("genvoice_visitor", "Set-Cookie: genvoice_visitor=; Max-Age=0; Path=/"), set);
  }

  @Test
  void otherHeadersPassUntouched() throws Exception {
    run(CookieChoice.NONE, response -> response.addHeader("X-Card-Hint", "none"));
    assertEquals(List.of("X-Card-Hint: none"), set);
  }

  @Test
  void aSignedInCustomersRecordedChoiceIsHandedToTheBrowserOnPages() throws Exception {
    CookieGuard guard = guard(CookieChoice.ALL, Optional.of(CookieChoice.ALL));
    guard.doFilter(request("/account/index.xhtml"), response(), (req, res) -> {});
    assertEquals(List.of("genvoice_cookies"), set);

    set.clear();
    guard.doFilter(request("/api/v1/me"), response(), (req, res) -> {});
    assertEquals(List.of(), set, "not on API answers");
  }

  private interface Writes {
    void to(HttpServletResponse response);
  }

  private static void setVisitorCookieBothWays(HttpServletResponse response) {
    response.addCookie(new Cookie("genvoice_visitor", "Vq3xT0c1k9ZpLm2n"));
    response.addHeader("Set-Cookie", "genvoice_visitor=Vq3xT0c1k9ZpLm2n; Path=/");
  }

  private void run(CookieChoice choice, Writes writes) throws Exception {
    set.clear();
    boolean[] passedOn = {false};
    guard(choice, Optional.empty())
        .doFilter(
            request("/index.xhtml"),
            response(),
            (req, res) -> {
              passedOn[0] = true;
              writes.to((HttpServletResponse) res);
            });
    assertTrue(passedOn[0], "the guard passes the request on");
  }

  private static CookieGuard guard(CookieChoice choice, Optional<CookieChoice> toKeep) {
    CookieGuard guard = new CookieGuard();
    guard.consent =
        new CookieConsent() {
          @Override
          public CookieChoice effective() {
            return choice;
          }

          @Override
          public Optional<CookieChoice> recordedChoiceTheBrowserLacks() {
            return toKeep;
          }
        };
    return guard;
  }

  private static HttpServletRequest request(String path) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "isSecure" -> false;
                  default ->
                      throw new AssertionError(
                          "the test did not expect a call of " + method.getName());
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "addCookie" -> set.add(((Cookie) args[0]).getName());
                case "addHeader", "setHeader" -> set.add(args[0] + ": " + args[1]);
                default ->
                    throw new AssertionError(
                        "the test did not expect a call of " + method.getName());
              }
              return null;
            });
  }
}
