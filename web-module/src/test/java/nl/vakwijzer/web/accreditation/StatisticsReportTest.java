package nl.vakwijzer.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.CompetencyRate;
import nl.vakwijzer.accreditation.api.CriterionRate;
import nl.vakwijzer.accreditation.api.LeadTime;
import nl.vakwijzer.accreditation.api.LeadTimePhase;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.web.shared.Bundle;
import org.junit.jupiter.api.Test;

class StatisticsReportTest {
  private static final ItemId COMPETENCY = new ItemId(UUID.fromString("00000000-0000-0000-0000-000000000007"));
  private static final AccreditationStatistics STATS = new AccreditationStatistics(LocalDate.of(2026, 3, 16), 2,
      List.of(new LeadTime(LeadTimePhase.TOTAL, 2, 10, 12.5, 15), new LeadTime(LeadTimePhase.INTAKE, 0, null, null, null)),
      List.of(new CriterionRate("CUR-TOETSING", "Wijze van toetsing <knock-out>", true, 3, 0, 1, 0),
          new CriterionRate("=EVIL", "Formule", false, 0, 0, 0, 0)),
      List.of(new CompetencyRate(COMPETENCY, 1, 0, 1)));

  @Test
  void csvIsForDutchExcel() {
    // no catalogue in a unit test: the competency is shown by its id
    String csv = new String(new StatisticsReport().csv(STATS, Bundle.DUTCH), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"Statistieken accreditatie\";\"Peildatum 16-03-2026\";\"Aanvragen met een besluit: 2\"\r\n");
    assertThat(csv).contains("\"Indiening tot besluit\";\"2\";\"10\";\"12,5\";\"15\"\r\n");
    assertThat(csv).contains("\"Intake (indiening tot intakebesluit)\";\"0\";\"–\";\"–\";\"–\"\r\n");
    assertThat(csv).contains("\"CUR-TOETSING\";\"Wijze van toetsing <knock-out>\";\"ja\";\"3\";\"75\";\"0\";\"0\";\"1\";\"25\";\"0\";\"0\";\"4\"\r\n");
    assertThat(csv).contains("\"'=EVIL\"");
    assertThat(csv).contains("\"" + COMPETENCY + "\";\"1\";\"50\";\"0\";\"0\";\"1\";\"50\";\"2\"\r\n");
  }

  @Test
  void svgIsANamedImageWithEscapedTextAndSegmentTitles() {
    String svg = StatisticsReport.svg("chart", "Scores <per> criterium", "Staven & tabel",
        StatisticsReport.criterionBars(STATS), StatisticsReport.scoreNames(Bundle.DUTCH), StatisticsReport.SCORE_COLOURS);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart\" class=\"vw-chart\" role=\"img\"");
    assertThat(svg).contains("aria-labelledby=\"chart-title chart-desc\"",
        "<title id=\"chart-title\">Scores &lt;per&gt; criterium</title>", "<desc id=\"chart-desc\">Staven &amp; tabel</desc>",
        "<title>CUR-TOETSING: Voldoet 3 (75%)</title>", "<title>CUR-TOETSING: Voldoet niet 1 (25%)</title>", ">75%</text>");
    // a criterion without scores is an empty outlined bar
    assertThat(svg).contains("fill=\"#ffffff\" stroke=\"#5b6470\"");
    assertThat(svg).endsWith("</svg>");
  }
}
