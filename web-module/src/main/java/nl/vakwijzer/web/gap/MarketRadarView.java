package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.MarketGapCell;
import nl.vakwijzer.web.provider.ProviderActor;

/**
 * The anonymous market-gap radar for beheerders and providers: demand in saved gaps against
 * accredited supply per competency and level step; cells of fewer than three municipalities are
 * suppressed by the service.
 */
@Named
@RequestScoped
public class MarketRadarView {
  @Inject GapService gaps;
  @Inject ProviderActor actors;
  @Inject GapTexts texts;

  private List<MarketGapCell> cells;

  public List<MarketGapCell> getCells() {
    if (cells == null) {
      cells = gaps.marketGapRadar(actors.require());
    }
    return cells;
  }

  public String step(MarketGapCell cell) {
    return texts.level(cell.competency(), cell.fromLevel()) + " → " + texts.level(cell.competency(), cell.fromLevel() + 1);
  }

  /** A horizontal bar chart of demand vs supply per row, as an SVG with a title; the table holds the data. */
  public String getChartSvg() {
    List<MarketGapCell> rows = getCells();
    int max = 1;
    for (MarketGapCell c : rows) {
      max = Math.max(max, Math.max(c.demand(), c.supply()));
    }
    int height = 40 + rows.size() * 34;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 %d\" width=\"640\" height=\"%d\" role=\"img\" aria-labelledby=\"marketTitle\" id=\"marketChart\">",
        height, height));
    svg.append("<title id=\"marketTitle\">").append(GapView.esc(texts.text("gemeente.market.chart.title"))).append("</title>");
    int y = 20;
    for (MarketGapCell c : rows) {
      svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"11\" fill=\"#1a1a1a\">", y + 12))
          .append(GapView.esc(c.competencyCode() + " " + step(c))).append("</text>");
      if (!c.suppressed()) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"260\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"#a03c00\"/>", y, 360 * c.demand() / max));
      }
      svg.append(String.format(Locale.ROOT, "<rect x=\"260\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"#005293\"/>", y + 14, 360 * c.supply() / max));
      y += 34;
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
