package net.genvoice.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium on the portal, with the form steps the tests share. */
final class PortalBrowser implements AutoCloseable {

  static final String PASSWORD = "correct horse battery 42";

  final String baseUrl;
  final WebDriver driver;
  private final Path profile;

  PortalBrowser() {
    String configured = System.getProperty("genvoice.baseUrl");
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException("Set -Dgenvoice.baseUrl to the deployed portal");
    }
    baseUrl = configured.replaceAll("/+$", "");
    try {
      profile = Files.createTempDirectory("portal-it-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1200,1600",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  static String uniqueEmail(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  void type(String id, String text) {
    var input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  void choose(String id, String value) {
    driver
        .findElement(By.cssSelector("select[id='" + id + "'] option[value='" + value + "']"))
        .click();
  }

  /** Fills in the whole sign-up form with a card and sends it. */
  void signUpWithCard(String email, String cardNumber) {
    open("/signup.xhtml");
    type("signup:name", "Ada Lovelace");
    type("signup:email", email);
    type("signup:phone", "+1 415 555 0100");
    type("signup:password", PASSWORD);
    type("signup:address:line1", "1 Main Street");
    type("signup:address:city", "Springfield");
    type("signup:address:postalCode", "62701");
    choose("signup:address:country", "US");
    type("signup:paymentMethod:number", cardNumber);
    choose("signup:paymentMethod:expiryMonth", "12");
    choose("signup:paymentMethod:expiryYear", "2030");
    type("signup:paymentMethod:cvv", "123");
    submit(By.id("signup:submit"));
  }

  void signIn(String email, String password, boolean rememberMe) {
    open("/login.xhtml");
    type("login:email", email);
    type("login:password", password);
    if (rememberMe) {
      driver.findElement(By.id("login:rememberMe")).click();
    }
    submit(By.id("login:submit"));
  }

  void signOut() {
    submit(By.id("signOut:submit"));
  }

  /** A fresh browser session, as after closing the browser: no session cookie, nothing else. */
  void forgetCookies() {
    driver.manage().deleteAllCookies();
  }

  /**
   * Clicks a button that sends a form, and waits until the next page has replaced this one and
   * finished loading. The old document is marked with a property that a new document cannot have;
   * asking an element of the old page whether it is stale is not enough, because Chromium may
   * answer with an inspector error instead while the pages swap.
   */
  void submit(By button) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__genvoiceOldPage = true;");
    driver.findElement(button).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            browser ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.__genvoiceOldPage === undefined"
                            + " && document.readyState === 'complete';")));
  }

  /** Signs a staff member in at the staff sign-in page. */
  void signInStaff(String username, String password) {
    open("/staff/login.xhtml");
    type("staffLogin:username", username);
    type("staffLogin:password", password);
    submit(By.id("staffLogin:submit"));
  }

  /** The text of the message beside an input (its aria-describedby target). */
  String messageBeside(String inputId) {
    var input = driver.findElement(By.id(inputId));
    return driver.findElement(By.id(input.getAttribute("aria-describedby"))).getText();
  }

  /**
   * The HTTP status of a GET with this browser's cookies (a browser hides it); redirects are not
   * followed.
   */
  int status(String path) {
    String cookies =
        driver.manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", cookies).build();
    try {
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Clicks a link that downloads a file and waits (at most 30 s) until the browser has saved it
   * completely; answers the saved file. The downloads go to a fresh folder under the profile.
   */
  Path download(By link) {
    Path folder = profile.resolve("downloads-" + UUID.randomUUID());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
    driver.findElement(link).click();
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(browser -> completeDownloadIn(folder));
  }

  private static Path completeDownloadIn(Path folder) {
    try (var files = Files.list(folder)) {
      return files
          .filter(file -> !file.getFileName().toString().endsWith(".crdownload"))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
