package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP-level behaviour of the running application: health, OpenAPI, REST errors, headers, cookies. */
class PlatformClientIT {
  private static String base;

  @BeforeAll
  static void server() {
    base = TestServer.baseUrl();
  }

  @Test
  void readinessIsUpWithTheDatabaseAndLivenessIsUp() {
    HttpResponse<String> ready = Http.get(base + "health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
    assertThat(Http.get(base + "health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void openApiDocumentDescribesTheVersionedRestApi() {
    HttpResponse<String> openapi = Http.get(base + "openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("openapi: 3").contains("/api/v1/me").contains("/api/v1/system");
  }

  @Test
  void restCallerMustAuthenticateAndWrongCredentialsLookLikeUnknownUsers() {
    HttpResponse<String> anonymous = Http.get(base + "api/v1/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(anonymous.headers().firstValue("www-authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.body()).contains("Inloggen vereist");

    HttpResponse<String> wrongPassword = Http.get(base + "api/v1/me", "Authorization", Http.basic("beheerder", "fout-wachtwoord"));
    HttpResponse<String> unknownUser = Http.get(base + "api/v1/me", "Authorization", Http.basic("niemand-bekend", "fout-wachtwoord"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());

    HttpResponse<String> me = Http.get(base + "api/v1/me", "Authorization", Http.basic("beheerder", DemoAccounts.PASSWORD));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"beheerder\"").contains("\"roles\":[\"BEHEERDER\"]");
  }

  @Test
  void restErrorsAreProblemDocumentsInTheCallersLanguageWithoutStackTraces() {
    HttpResponse<String> dutch = Http.get(base + "api/v1/bestaat-niet");
    assertThat(dutch.statusCode()).isEqualTo(404);
    assertThat(dutch.body()).contains("\"status\":404").contains("bestaat niet");
    assertNoStackTrace(dutch.body());

    HttpResponse<String> english = Http.get(base + "api/v1/bestaat-niet", "Accept-Language", "en");
    assertThat(english.body()).contains("does not exist");

    HttpResponse<String> garbage = Http.get(base + "api/v1/me", "Authorization", "Basic !!!geen-base64");
    assertThat(garbage.statusCode()).isEqualTo(401);
  }

  @Test
  void publicSystemInfoSaysDemoModeIsOn() {
    HttpResponse<String> info = Http.get(base + "api/v1/system");
    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).contains("\"demoData\":true").contains("\"name\":\"Vakwijzer\"");
  }

  @Test
  void pagesCarrySecurityHeadersAndANonceBasedContentSecurityPolicy() {
    HttpResponse<String> login = Http.get(base + "login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("content-security-policy")).hasSize(1);
    String csp = login.headers().firstValue("content-security-policy").orElseThrow();
    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").containsPattern("script-src 'self' 'nonce-[^']+'");
    assertThat(csp).doesNotContain("unsafe-eval");
    assertThat(login.headers().firstValue("x-content-type-options")).contains("nosniff");
    assertThat(login.headers().firstValue("referrer-policy")).isPresent();
    assertThat(login.headers().firstValue("x-frame-options")).contains("DENY");

    HttpResponse<String> rest = Http.get(base + "api/v1/system");
    assertThat(rest.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteStrict() {
    HttpResponse<String> login = Http.get(base + "login.xhtml");
    String cookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void unknownPageShowsTheDutchNotFoundPageInTheTemplate() {
    HttpResponse<String> missing = Http.get(base + "bestaat/niet.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Pagina niet gevonden").contains("Vakwijzer");
    assertNoStackTrace(missing.body());
    assertThat(missing.headers().allValues("content-security-policy")).hasSize(1);

    HttpResponse<String> missingOther = Http.get(base + "geen-pagina");
    assertThat(missingOther.statusCode()).isEqualTo(404);
    assertThat(missingOther.body()).contains("Pagina niet gevonden");
  }

  /** What a stack trace would leave in a page; the exception class names PrimeFaces lists are fine. */
  static void assertNoStackTrace(String body) {
    assertThat(body).doesNotContain("\tat ").doesNotContain("at java.base/").doesNotContain("at nl.vakwijzer.")
        .doesNotContain("Caused by:").doesNotContain("Payara Micro - Error report");
  }

  @Test
  void protectedPagesSendAnonymousVisitorsToTheLoginPage() {
    for (String page : new String[] {"beheer/index.xhtml", "aanbieder/index.xhtml", "auditor/index.xhtml",
        "besluit/index.xhtml", "gemeente/index.xhtml", "account/index.xhtml"}) {
      HttpResponse<String> response = Http.get(base + page);
      assertThat(response.statusCode()).as(page).isIn(302, 303);
      assertThat(response.headers().firstValue("location")).as(page).hasValueSatisfying(v -> assertThat(v).contains("login.xhtml"));
    }
  }

  @Test
  void aFormPostedWithAnUnknownViewStateLandsOnTheExpiredPage() {
    var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState=1%3A2"))
        .build();
    HttpResponse<String> response = Http.send(post);
    String page = response.statusCode() / 100 == 3
        ? Http.get(base + response.headers().firstValue("location").orElseThrow().replaceFirst("^https?://[^/]+/", "")).body()
        : response.body();
    assertThat(page).contains("Pagina verlopen");
    assertNoStackTrace(page);
  }

  @Test
  void traceIsNotAllowed() {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "index.xhtml"))
        .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
    assertThat(Http.send(request).statusCode()).isIn(403, 405);
  }
}
