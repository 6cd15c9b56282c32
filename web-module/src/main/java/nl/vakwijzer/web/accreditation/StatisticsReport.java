package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.CompetencyRate;
import nl.vakwijzer.accreditation.api.CriterionRate;
import nl.vakwijzer.accreditation.api.LeadTime;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.web.shared.Bundle;

/**
 * Turns {@link AccreditationStatistics} into what the statistics page and its export show: the
 * competency's code and name (from the catalogue), numbers in the user's language, the stacked
 * bar charts as inline SVG (with a title and description; the page shows the same numbers as a
 * table) and the CSV for Dutch Excel.
 */
@ApplicationScoped
public class StatisticsReport {
  /** Colours of the bar segments (white text on each meets 4.5:1); the tables carry the numbers. */
  static final String[] SCORE_COLOURS = {"#1a7f37", "#9a4d00", "#a4000f", "#5b6470"};
  static final String[] VERDICT_COLOURS = {"#1a7f37", "#9a4d00", "#a4000f"};

  @Inject ModuleService modules;

  /** "SV.C4 Naam" for a competency; its id when the catalogue does not know it (any more). */
  public String competency(ItemId competency) {
    try {
      ItemSummary item = modules.claimOptions(competency).competency();
      return item.humanCode() + " " + item.label();
    } catch (RuntimeException e) {
      return competency.toString();
    }
  }

  static String number(Locale locale, Number value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** One bar of a chart: its label and counts per segment. */
  record Bar(String label, int[] counts) {
    int total() {
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      return total;
    }
  }

  static List<Bar> criterionBars(AccreditationStatistics statistics) {
    List<Bar> bars = new ArrayList<>();
    for (CriterionRate r : statistics.criteria()) {
      bars.add(new Bar(r.code(), new int[] {r.voldoet(), r.gedeeltelijk(), r.niet(), r.nietVanToepassing()}));
    }
    return bars;
  }

  List<Bar> competencyBars(AccreditationStatistics statistics) {
    List<Bar> bars = new ArrayList<>();
    for (CompetencyRate r : statistics.competencies()) {
      String label = competency(r.competency());
      bars.add(new Bar(label.contains(" ") ? label.substring(0, label.indexOf(' ')) : label,
          new int[] {r.accepted(), r.acceptedLower(), r.rejected()}));
    }
    return bars;
  }

  static List<String> scoreNames(Locale locale) {
    List<String> names = new ArrayList<>();
    for (Score s : Score.values()) {
      names.add(Bundle.text(locale, s.messageKey()));
    }
    return names;
  }

  static List<String> verdictNames(Locale locale) {
    List<String> names = new ArrayList<>();
    for (VerdictType v : VerdictType.values()) {
      names.add(Bundle.text(locale, "accreditation.statistics.verdict." + v.name()));
    }
    return names;
  }

  /**
   * A horizontal stacked bar chart (100 % per bar) as inline SVG: {@code role="img"}, named by its
   * title and described by its description; each segment has a title with its number and share.
   */
  static String svg(String id, String title, String description, List<Bar> bars, List<String> segmentNames, String[] colours) {
    int labelWidth = 110;
    int barWidth = 440;
    int rowHeight = 26;
    int legendHeight = 28;
    int height = legendHeight + Math.max(1, bars.size()) * rowHeight + 4;
    int legendEnd = labelWidth;
    for (String name : segmentNames) {
      legendEnd += legendItemWidth(name);
    }
    int chartWidth = Math.max(labelWidth + barWidth + 10, legendEnd);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" class=\"vw-chart\" role=\"img\"")
        .append(" width=\"").append(chartWidth).append("\" height=\"").append(height).append("\"")
        .append(" viewBox=\"0 0 ").append(chartWidth).append(' ').append(height).append("\"")
        .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
        .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    // legend
    int x = labelWidth;
    for (int i = 0; i < segmentNames.size(); i++) {
      svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(colours[i]).append("\"/>")
          .append("<text x=\"").append(x + 16).append("\" y=\"16\" font-size=\"12\" fill=\"#1f2933\">")
          .append(escape(segmentNames.get(i))).append("</text>");
      x += legendItemWidth(segmentNames.get(i));
    }
    int y = legendHeight;
    for (Bar bar : bars) {
      svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"12\" fill=\"#1f2933\">")
          .append(escape(bar.label())).append("</text>");
      int total = bar.total();
      double offset = labelWidth;
      if (total == 0) {
        svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(barWidth)
            .append("\" height=\"20\" fill=\"#ffffff\" stroke=\"#5b6470\"/>");
      }
      for (int i = 0; total > 0 && i < bar.counts().length; i++) {
        int count = bar.counts()[i];
        if (count == 0) {
          continue;
        }
        double width = (double) barWidth * count / total;
        long percent = Math.round(100.0 * count / total);
        svg.append("<rect x=\"").append(fmt(offset)).append("\" y=\"").append(y + 3).append("\" width=\"").append(fmt(width))
            .append("\" height=\"20\" fill=\"").append(colours[i]).append("\"><title>")
            .append(escape(bar.label() + ": " + segmentNames.get(i) + " " + count + " (" + percent + "%)"))
            .append("</title></rect>");
        if (width >= 34) {
          svg.append("<text x=\"").append(fmt(offset + 4)).append("\" y=\"").append(y + 17)
              .append("\" font-size=\"11\" fill=\"#ffffff\">").append(percent).append("%</text>");
        }
        offset += width;
      }
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** Swatch, text at about 8 px per character of 12 px type, gap. */
  private static int legendItemWidth(String name) {
    return 16 + 8 * name.length() + 14;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // ------------------------------------------------------------------ CSV (Dutch Excel)

  /** The statistics as one CSV for Dutch Excel: UTF-8 BOM, {@code ;}, every field quoted, CRLF, three tables. */
  byte[] csv(AccreditationStatistics s, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Bundle.text(locale, "accreditation.statistics.title"),
        Bundle.text(locale, "accreditation.statistics.export.computedOn", Timeline.day(s.computedOn())),
        Bundle.text(locale, "accreditation.statistics.export.decided", s.decidedApplications())));
    rows.add(List.of());
    rows.add(List.of(Bundle.text(locale, "accreditation.statistics.leadTimes.phase"),
        Bundle.text(locale, "accreditation.statistics.leadTimes.count"),
        Bundle.text(locale, "accreditation.statistics.leadTimes.median"),
        Bundle.text(locale, "accreditation.statistics.leadTimes.mean"),
        Bundle.text(locale, "accreditation.statistics.leadTimes.max")));
    for (LeadTime t : s.leadTimes()) {
      rows.add(List.of(Bundle.text(locale, t.phase().messageKey()), String.valueOf(t.count()),
          number(locale, t.median()), number(locale, t.mean()), number(locale, t.max())));
    }
    rows.add(List.of());
    List<String> header = new ArrayList<>(List.of(Bundle.text(locale, "accreditation.statistics.criteria.code"),
        Bundle.text(locale, "accreditation.statistics.criteria.criterion"),
        Bundle.text(locale, "accreditation.statistics.criteria.knockOut")));
    for (String name : scoreNames(locale)) {
      header.add(name);
      header.add(name + " %");
    }
    header.add(Bundle.text(locale, "accreditation.statistics.total"));
    rows.add(header);
    for (CriterionRate r : s.criteria()) {
      List<String> row = new ArrayList<>(List.of(r.code(), r.title(),
          Bundle.text(locale, r.knockOut() ? "accreditation.statistics.yes" : "accreditation.statistics.no")));
      int[] counts = {r.voldoet(), r.gedeeltelijk(), r.niet(), r.nietVanToepassing()};
      for (Score score : Score.values()) {
        row.add(String.valueOf(counts[score.ordinal()]));
        row.add(String.valueOf(r.percent(score)));
      }
      row.add(String.valueOf(r.total()));
      rows.add(row);
    }
    rows.add(List.of());
    header = new ArrayList<>(List.of(Bundle.text(locale, "accreditation.statistics.competencies.competency")));
    for (String name : verdictNames(locale)) {
      header.add(name);
      header.add(name + " %");
    }
    header.add(Bundle.text(locale, "accreditation.statistics.total"));
    rows.add(header);
    for (CompetencyRate r : s.competencies()) {
      List<String> row = new ArrayList<>(List.of(competency(r.competency())));
      int[] counts = {r.accepted(), r.acceptedLower(), r.rejected()};
      for (VerdictType type : VerdictType.values()) {
        row.add(String.valueOf(counts[type.ordinal()]));
        row.add(String.valueOf(r.percent(type)));
      }
      row.add(String.valueOf(r.total()));
      rows.add(row);
    }
    return csv(rows);
  }

  static byte[] csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(';');
        }
        out.append('"').append(TimelineExportServlet.neutral(row.get(i)).replace("\"", "\"\"")).append('"');
      }
      out.append("\r\n");
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
