package nl.vakwijzer.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.web.shared.Bundle;
import org.junit.jupiter.api.Test;

class TimelineExportTest {
  private static final Timeline.Rows ROWS = new Timeline.Rows(
      new ApplicationView(new ApplicationId(UUID.randomUUID()), new ModuleVersionId(UUID.randomUUID()),
          new ModuleId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), 2, "Motiverende gespreksvoering; deel 2",
          null, ApplicationState.GEACCREDITEERD, 7, null, null, null, null, null, java.util.Set.of(), java.util.Set.of(), null,
          List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, null),
      List.of(
          new Timeline.Row(1, "02-03-2026 10:00", "Marieke de Vries", "Aanvraag ontvangen", ""),
          new Timeline.Row(2, "03-03-2026 11:15", "Henk Jansen", "Besluit genomen", "{\"outcome\":\"GEACCREDITEERD\"; \"note\":\"a\nb\"}"),
          new Timeline.Row(3, "04-03-2026 12:00", "=HYPERLINK(\"x\")", "Bezwaar ingediend", "@SUM(A1)")));

  @Test
  void csvIsForDutchExcelWithBomSemicolonsQuotingAndCrlf() {
    String csv = new String(TimelineExportServlet.csv(ROWS, Bundle.DUTCH), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"Nr.\";\"Tijdstip\";\"Door\";\"Gebeurtenis\";\"Gegevens\"\r\n");
    assertThat(csv).contains("\"2\";\"03-03-2026 11:15\";\"Henk Jansen\";\"Besluit genomen\";"
        + "\"{\"\"outcome\"\":\"\"GEACCREDITEERD\"\"; \"\"note\"\":\"\"a\nb\"\"}\"\r\n");
    // formulas are neutralised (CSV injection)
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"", "\"'@SUM(A1)\"");
  }

  @Test
  void pdfIsAPdfWithTheDutchTitle() {
    byte[] pdf = TimelineExportServlet.pdf(ROWS, Bundle.DUTCH);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void filenamesAreSlugs() {
    assertThat(TimelineExportServlet.slug("Motiverende gespreksvoering; deel 2")).isEqualTo("motiverende-gespreksvoering-deel-2");
    assertThat(TimelineExportServlet.slug("!!!")).isEqualTo("aanvraag");
  }
}
