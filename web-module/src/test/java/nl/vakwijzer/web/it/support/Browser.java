package nl.vakwijzer.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by Selenium, with the driver at an explicit path (no Selenium
 * Manager, no downloads) and background networking off (loopback only).
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final String baseUrl;
  private final Path profile;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=nl");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", profile.resolve("xdg-config").toString(),
                    "XDG_CACHE_HOME", profile.resolve("xdg-cache").toString()))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
    return this;
  }

  public WebElement find(String cssSelector) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  public String text(String cssSelector) {
    find(cssSelector);
    return waitFor().until(d -> d.findElement(By.cssSelector(cssSelector)).getText());
  }

  /**
   * A 30 s wait (generous: CI machines have 2 cores) that reads again when an element was replaced
   * by an ajax update between finding and reading it.
   */
  public WebDriverWait waitFor() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Waits until {@code element} has left the document (a full page load replaced it). Chromium
   * sometimes answers a question about such an element with "Node with given id does not belong to
   * the document" instead of a stale-element error; both mean it is gone ({@code
   * ExpectedConditions.stalenessOf} only knows the latter, which made browser tests flaky).
   */
  public void waitUntilGone(WebElement element) {
    waitFor().until(d -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true;
      }
    });
  }

  public Browser type(String cssSelector, String text) {
    WebElement element = find(cssSelector);
    element.clear();
    element.sendKeys(text);
    return this;
  }

  public Browser click(String cssSelector) {
    waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    return this;
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu by (the start of) its label, the way a person
   * does: open the panel, click the item, and wait until the menu shows the choice.
   */
  public Browser selectOne(String id, String labelStart) {
    String css = "#" + id.replace(":", "\\:");
    click(css);
    By item = By.cssSelector(css + "_items li[data-label^='" + labelStart + "']");
    waitFor().until(ExpectedConditions.visibilityOfElementLocated(item));
    waitFor().until(ExpectedConditions.elementToBeClickable(item)).click();
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css + "_label"), labelStart));
    return this;
  }

  /** Signs in through the login page; returns when the next page has loaded. */
  public Browser login(String username, String password) {
    open("login.xhtml");
    type("#login\\:username", username);
    type("#login\\:password", password);
    String before = driver.getCurrentUrl();
    click("#login\\:submit");
    waitFor().until(d -> d.findElement(By.tagName("body")) != null && !d.getCurrentUrl().equals(before)
        || !d.findElements(By.cssSelector("#login\\:loginMessages li, #login\\:loginMessages .ui-messages-error")).isEmpty());
    return this;
  }

  public Browser logout() {
    click("#logoutButton");
    waitFor().until(d -> d.getCurrentUrl().contains("uitgelogd=true"));
    return this;
  }

  /** Waits until the page's text contains the given text. */
  public Browser waitForText(String text) {
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Runs axe-core's WCAG 2.1 A/AA rules on the current page and fails on any violation. */
  public void assertAccessible() {
    Results results =
        new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(() -> "axe-core WCAG 2.1 AA violations on " + driver.getCurrentUrl() + ":\n"
            + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " -> "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
