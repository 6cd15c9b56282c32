package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public framework pages over plain HTTP: what a wrong address gets, and escaping. */
class FrameworkClientIT {
  private static String base;

  @BeforeAll
  static void server() {
    base = TestServer.baseUrl();
  }

  @Test
  void frameworkPagesAreOpenToAnonymousVisitors() {
    for (String page : new String[] {"kaders/index.xhtml", "kaders/kader.xhtml?code=DIVOSA", "kaders/kader.xhtml?code=SV",
        "kaders/kader.xhtml?code=CROSSWALK", "kaders/zoeken.xhtml", "kaders/zoeken.xhtml?q=probleemanalyse"}) {
      HttpResponse<String> response = Http.get(base + page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      PlatformClientIT.assertNoStackTrace(response.body());
    }
  }

  @Test
  void unknownFrameworkCodeOrItemIdIsTheNotFoundPage() {
    for (String page : new String[] {"kaders/kader.xhtml?code=BESTAAT-NIET", "kaders/kader.xhtml", "kaders/kader.xhtml?code=",
        "kaders/item.xhtml?id=00000000-0000-0000-0000-000000000000", "kaders/item.xhtml?id=geen-uuid",
        "kaders/item.xhtml", "kaders/item.xhtml?id=%27%3Cscript%3E"}) {
      HttpResponse<String> response = Http.get(base + page);
      assertThat(response.statusCode()).as(page).isEqualTo(404);
      assertThat(response.body()).as(page).contains("Pagina niet gevonden");
      PlatformClientIT.assertNoStackTrace(response.body());
    }
  }

  @Test
  void searchQueryIsShownEscaped() {
    String query = "<script>alert(1)</script>";
    HttpResponse<String> response =
        Http.get(base + "kaders/zoeken.xhtml?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(query).contains("&lt;script&gt;");
  }
}
