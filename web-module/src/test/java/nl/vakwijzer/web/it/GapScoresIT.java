package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.demo.DemoGaps;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 360° scores (issue 6): the demo municipality enters scores for its demo team in the browser,
 * a bad score is refused with a Dutch message on the cell and nothing is saved, correct scores
 * yield a derived level; another municipality gets 404 on the page. REST: the saved gaps, the
 * ranked search with Dutch reasons, the learning path with its total cost; 404 for another
 * municipality, 403 for a provider; the endpoints are in the OpenAPI document. axe on the page.
 */
class GapScoresIT {
  private static final String GEMEENTE = Http.basic("gemeente", DemoAccounts.PASSWORD);
  private static final String GEMEENTE2 = Http.basic(DemoGaps.SECOND_USERNAME, DemoAccounts.PASSWORD);
  private static final String AANBIEDER = Http.basic("aanbieder", DemoAccounts.PASSWORD);
  private static String base;
  private Browser browser;

  @BeforeAll
  static void server() {
    try {
      base = TestServer.baseUrl();
    } catch (IllegalStateException e) {
      base = TestServer.baseUrl();
    }
  }

  @BeforeEach
  void open() {
    browser = new Browser(base);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private List<WebElement> cells(String label, String code, String source) {
    return browser.driver().findElements(By.cssSelector("input[data-cell='" + label + "|" + code + "|" + source + "']"));
  }

  @Test
  void municipalityEntersScoresAndSeesTheDerivedLevel() {
    browser.login("gemeente", DemoAccounts.PASSWORD);
    browser.open("gemeente/teams.xhtml");
    browser.driver().findElement(By.xpath("//ul[@id='profileChoice']//a[normalize-space(.)='" + DemoGaps.PROFILE_NAME + "']")).click();
    browser.waitFor().until(d -> d.getCurrentUrl().contains("profiel="));
    browser.driver().findElement(By.xpath("//ul[@id='teamChoice']//a[starts-with(normalize-space(.), '" + DemoGaps.TEAM_NAME + "')]")).click();
    browser.waitFor().until(d -> d.getCurrentUrl().contains("team="));
    browser.find("#gridTable");

    // KM-07's entered SV.C1 level is cleared, so the scores decide it (restored at the end: other
    // browser tests read the demo team's gap)
    String teamUrl = browser.driver().getCurrentUrl();
    String enteredBefore = new Select(browser.find("select[aria-label='KM-07 SV.C1']")).getFirstSelectedOption().getAttribute("value");
    new Select(browser.find("select[aria-label='KM-07 SV.C1']")).selectByValue("");
    browser.click("#grid\\:saveGrid");
    browser.waitForText("Team '" + DemoGaps.TEAM_NAME + "' is opgeslagen.");
    try {
      scoresAndDerivedLevel();
    } finally {
      browser.driver().manage().deleteAllCookies();
      browser.login("gemeente", DemoAccounts.PASSWORD);
      browser.driver().get(teamUrl);
      new Select(browser.find("select[aria-label='KM-07 SV.C1']")).selectByValue(enteredBefore);
      browser.click("#grid\\:saveGrid");
      browser.waitForText("Team '" + DemoGaps.TEAM_NAME + "' is opgeslagen.");
    }
  }

  private void scoresAndDerivedLevel() {

    browser.click("#toScores");
    browser.find("#scoresHeading");
    assertThat(browser.text("#scoresTeam")).isEqualTo(DemoGaps.TEAM_NAME);
    assertThat(browser.text("#ruleExplanation")).contains("Alleen de score van de leidinggevende telt")
        .contains("score van 4 of hoger");
    browser.assertAccessible();
    String scoresUrl = browser.driver().getCurrentUrl();

    // bad input: a 7 and a text; Dutch messages on the cells, nothing saved
    List<WebElement> manager = cells("KM-07", "SV.C1", "MANAGER");
    assertThat(manager).hasSizeGreaterThan(3);
    String managerBefore = manager.get(0).getAttribute("value");
    String selfBefore = cells("KM-07", "SV.C1", "SELF").get(0).getAttribute("value");
    manager.get(0).clear();
    manager.get(0).sendKeys("5");
    List<WebElement> self = cells("KM-07", "SV.C1", "SELF");
    self.get(0).clear();
    self.get(0).sendKeys("7");
    self.get(1).clear();
    self.get(1).sendKeys("goed");
    browser.click("#scores\\:save");
    browser.waitForText("Score 7 ligt buiten de schaal van 1 tot en met 6.");
    browser.waitForText("'goed' is geen score");
    browser.waitForText("Er is niets opgeslagen.");
    browser.assertAccessible();
    browser.driver().get(scoresUrl);
    browser.find("#scoresHeading");
    assertThat(cells("KM-07", "SV.C1", "MANAGER").get(0).getAttribute("value")).isEqualTo(managerBefore);
    assertThat(cells("KM-07", "SV.C1", "SELF").get(0).getAttribute("value")).isEqualTo(selfBefore);

    // correct scores: the manager shows every SV.C1 example, the colleague and self are kept too
    for (WebElement cell : cells("KM-07", "SV.C1", "MANAGER")) {
      cell.clear();
      cell.sendKeys("5");
    }
    cells("KM-07", "SV.C1", "SELF").get(0).clear();
    cells("KM-07", "SV.C1", "SELF").get(0).sendKeys("3");
    cells("KM-07", "SV.C1", "SELF").get(1).clear();
    cells("KM-07", "SV.C1", "COLLEAGUE").get(0).clear();
    cells("KM-07", "SV.C1", "COLLEAGUE").get(0).sendKeys("4");
    browser.click("#scores\\:save");
    browser.waitForText("De 360°-scores van '" + DemoGaps.TEAM_NAME + "' zijn opgeslagen.");
    assertThat(browser.find("td[data-level='KM-07|SV.C1']").getText()).contains("(afgeleid uit de 360°-scores)");
    assertThat(browser.find("td[data-level='KM-01|SV.C1']").getText()).contains("(ingevoerd)");
    assertThat(cells("KM-07", "SV.C1", "SELF").get(0).getAttribute("value")).isEqualTo("3");
    assertThat(cells("KM-07", "SV.C1", "COLLEAGUE").get(0).getAttribute("value")).isEqualTo("4");
    browser.assertAccessible();
    browser.logout();

    // another municipality: 404
    browser.login(DemoGaps.SECOND_USERNAME, DemoAccounts.PASSWORD);
    browser.driver().get(scoresUrl);
    assertThat(browser.text("#errorHeading")).isEqualTo("Pagina niet gevonden");
  }

  @Test
  void savedGapsSearchAndLearningPathOverRest() {
    HttpResponse<String> list = Http.get(base + "api/v1/gemeente/gaps", "Authorization", GEMEENTE);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonObject saved = array(list).stream().map(JsonValue::asJsonObject)
        .filter(g -> g.getString("name").equals(DemoGaps.SAVED_GAP_NAME)).findFirst().orElseThrow();
    String id = saved.getString("id");

    HttpResponse<String> search = Http.get(base + "api/v1/gemeente/gaps/" + id + "/search", "Authorization", GEMEENTE);
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    JsonArray results = object(search).getJsonArray("results");
    assertThat(results).isNotEmpty();
    JsonObject first = results.getJsonObject(0);
    assertThat(first.getInt("rank")).isEqualTo(1);
    assertThat(first.getJsonArray("reasons").getString(0)).isNotBlank();
    assertThat(first.getJsonArray("reasons").getString(0)).doesNotStartWith("gap.reason");

    HttpResponse<String> path = Http.get(base + "api/v1/gemeente/gaps/" + id + "/learning-path?budget=100000",
        "Authorization", GEMEENTE);
    assertThat(path.statusCode()).as(path.body()).isEqualTo(200);
    JsonObject body = object(path);
    assertThat(body.getJsonNumber("totalCost")).isNotNull();
    assertThat(body.getJsonArray("modules")).isNotEmpty();
    assertThat(Http.get(base + "api/v1/gemeente/gaps/" + id + "/learning-path?budget=-5", "Authorization", GEMEENTE)
        .statusCode()).isEqualTo(400);

    assertThat(Http.get(base + "api/v1/gemeente/gaps/" + id + "/search", "Authorization", GEMEENTE2).statusCode())
        .isEqualTo(404);
    assertThat(Http.get(base + "api/v1/gemeente/gaps/" + id + "/learning-path", "Authorization", GEMEENTE2).statusCode())
        .isEqualTo(404);
    assertThat(Http.get(base + "api/v1/gemeente/gaps", "Authorization", AANBIEDER).statusCode()).isEqualTo(403);
    assertThat(Http.get(base + "api/v1/gemeente/gaps/" + id + "/search", "Authorization", AANBIEDER).statusCode())
        .isEqualTo(403);
    assertThat(Http.get(base + "api/v1/gemeente/gaps").statusCode()).isEqualTo(401);

    assertThat(Http.get(base + "openapi").body())
        .contains("/api/v1/gemeente/gaps:")
        .contains("/api/v1/gemeente/gaps/{id}/search:")
        .contains("/api/v1/gemeente/gaps/{id}/learning-path:");
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
