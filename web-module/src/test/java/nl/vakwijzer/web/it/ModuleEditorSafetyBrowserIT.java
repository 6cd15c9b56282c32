package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What must not go wrong in the module pages: another organisation's ids answer 404 on every page,
 * roles other than AANBIEDER get 403, a colleague's save is never overwritten (the editor keeps the
 * input and says so), attachments are checked by content, and the public module page shows only
 * accredited versions.
 */
class ModuleEditorSafetyBrowserIT {
  private static final String MODULES = "api/v1/provider/modules";
  private static String base;
  private static Browser browser;

  @BeforeAll
  static void start() {
    base = TestServer.baseUrl();
    browser = new Browser(base);
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @Test
  void anotherProvidersVersionIsNotFoundOnEveryPage() {
    JsonObject version = createAs("aanbieder", "Eigen module " + UUID.randomUUID());
    String id = version.getString("id");

    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    for (String page : new String[] {"aanbieder/module.xhtml?versie=", "aanbieder/voorbeeld.xhtml?versie=", "aanbieder/bijlage?id=", "modules/module.xhtml?versie="}) {
      browser.open(page + id);
      assertThat(browser.pageText()).as(page).doesNotContain("Eigen module");
      assertThat(browser.driver().getTitle() + browser.pageText()).as(page).containsAnyOf("niet gevonden", "404");
    }
    browser.open("aanbieder/modules.xhtml").find("#modules\\:moduleTable");
    assertThat(browser.text("#modules\\:moduleTable")).doesNotContain("Eigen module");
    browser.logout();
  }

  @Test
  void otherRolesCannotOpenTheProviderPages() {
    browser.login("gemeente", DemoAccounts.PASSWORD);
    browser.open("aanbieder/modules.xhtml");
    assertThat(browser.driver().getTitle() + browser.pageText()).containsAnyOf("Geen toegang", "403");
    browser.open("aanbieder/module.xhtml");
    assertThat(browser.driver().getTitle() + browser.pageText()).containsAnyOf("Geen toegang", "403");
    browser.logout();
    browser.open("aanbieder/modules.xhtml");
    browser.waitFor().until(d -> d.getCurrentUrl().contains("login"));
  }

  @Test
  void aColleaguesSaveIsNeverOverwrittenAndTheInputIsKept() {
    String title = "Samen bewerken " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject version = createAs("aanbieder", title);
    String id = version.getString("id");

    browser.login("aanbieder", DemoAccounts.PASSWORD);
    browser.open("aanbieder/module.xhtml?versie=" + id).find("#editor\\:title");
    // meanwhile a colleague saves through the api
    HttpResponse<String> colleague = send("PUT", MODULES + "/" + id, "aanbieder",
        "{\"revision\": " + version.getJsonNumber("revision") + ", \"dossier\": {\"title\": \"" + title + " (collega)\"}}");
    assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);

    browser.type("#editor\\:summary", "Mijn samenvatting die niet verloren mag gaan");
    browser.click("#editor\\:save");
    browser.find("#editor\\:staleNotice");
    assertThat(browser.text("#editor\\:staleNotice")).contains("collega");
    assertThat(browser.find("#editor\\:summary").getAttribute("value")).isEqualTo("Mijn samenvatting die niet verloren mag gaan");
    browser.assertAccessible();
    JsonObject stored = object(send("GET", MODULES + "/" + id, "aanbieder", null));
    assertThat(stored.getJsonObject("dossier").getString("title")).isEqualTo(title + " (collega)");

    browser.click("#editor\\:reload");
    browser.waitFor().until(d -> d.findElement(By.id("editor:title")).getAttribute("value").endsWith("(collega)"));
    browser.logout();
  }

  @Test
  void attachmentsAreCheckedByContentNotByName(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    JsonObject version = createAs("aanbieder", "Bijlagen " + UUID.randomUUID());
    Path pdf = Files.write(dir.resolve("syllabus.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Path fake = Files.write(dir.resolve("cv-trainer.pdf"), new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
    Path docx = Files.write(dir.resolve("cv.docx"), docx());

    browser.login("aanbieder", DemoAccounts.PASSWORD);
    browser.open("aanbieder/module.xhtml?stap=8&versie=" + version.getString("id")).find("#attachments");
    upload(pdf);
    browser.waitForText("Bijlage 'syllabus.pdf' is toegevoegd");
    upload(fake);
    browser.waitForText("cv-trainer.pdf");
    assertThat(browser.text("#attachmentTable")).contains("syllabus.pdf").doesNotContain("cv-trainer.pdf");
    upload(docx);
    browser.waitFor().until(d -> d.findElement(By.id("attachmentTable")).getText().contains("cv.docx"));
    browser.assertAccessible();

    JsonObject stored = object(send("GET", MODULES + "/" + version.getString("id"), "aanbieder", null));
    assertThat(stored.getJsonArray("attachments")).extracting(a -> a.asJsonObject().getString("mediaType"))
        .containsExactlyInAnyOrder("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    browser.logout();
  }

  @Test
  void thePublicModulePageShowsAccreditedVersionsOnly() {
    JsonObject concept = createAs("aanbieder", "Nog geen accreditatie " + UUID.randomUUID());
    browser.open("modules/module.xhtml?versie=" + concept.getString("id"));
    assertThat(browser.driver().getTitle() + browser.pageText()).containsAnyOf("niet gevonden", "404");

    JsonObject accredited = Json.createReader(new StringReader(send("GET", MODULES, "aanbieder", null).body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("status").equals("GEACCREDITEERD"))
        .findFirst().orElseThrow();
    browser.open("modules/module.xhtml?versie=" + accredited.getString("latestVersion")).find("#moduleTitle");
    assertThat(browser.text("#moduleTitle")).isEqualTo(accredited.getString("title"));
    assertThat(browser.text("#claimList")).isNotBlank();
    assertThat(browser.pageText()).doesNotContain("Opleidingsvisie").doesNotContain("Klachtenregeling");
    browser.assertAccessible();
  }

  private static void upload(Path file) {
    browser.driver().findElement(By.cssSelector("#attachments input[type=file]")).sendKeys(file.toString());
  }

  private static byte[] docx() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static JsonObject createAs(String username, String title) {
    HttpResponse<String> created = send("POST", MODULES, username, "{\"title\": \"" + title + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created);
  }

  private static HttpResponse<String> send(String method, String path, String username, String json) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", Http.basic(username, DemoAccounts.PASSWORD))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return Http.send(builder.build());
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
