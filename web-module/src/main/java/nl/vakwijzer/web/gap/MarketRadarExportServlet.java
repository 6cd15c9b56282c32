package nl.vakwijzer.web.gap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.MarketGapCell;
import nl.vakwijzer.web.provider.ProviderActors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The market-gap radar as CSV ({@code ?formaat=csv}) or XLSX, for beheerders and providers only
 * (others: 403). Suppressed cells keep their row but show no demand.
 */
@WebServlet("/marktradar/export")
public class MarketRadarExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String[] HEADERS = {"competentie", "naam", "van niveau", "vraag (persoon-stappen)", "gemeenten", "aanbod (modules)"};

  @Inject transient GapService gaps;
  @Inject transient ProviderActors actors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Actor> actor = actors.current();
    if (actor.isEmpty() || !(actor.get().roles().contains(Role.BEHEERDER) || actor.get().roles().contains(Role.AANBIEDER))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    List<MarketGapCell> cells = gaps.marketGapRadar(actor.get());
    byte[] content;
    String type;
    String name;
    if ("csv".equalsIgnoreCase(request.getParameter("formaat"))) {
      StringBuilder csv = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
      for (MarketGapCell c : cells) {
        csv.append(field(c.competencyCode())).append(';').append(field(c.competencyName())).append(';').append(c.fromLevel())
            .append(';').append(c.suppressed() ? "" : String.valueOf(c.demand())).append(';')
            .append(c.suppressed() ? "" : String.valueOf(c.municipalities())).append(';').append(c.supply()).append("\r\n");
      }
      content = csv.toString().getBytes(StandardCharsets.UTF_8);
      type = "text/csv; charset=UTF-8";
      name = "marktradar.csv";
    } else {
      try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        Sheet sheet = book.createSheet("Marktradar");
        Row head = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
          head.createCell(i).setCellValue(HEADERS[i]);
        }
        int r = 1;
        for (MarketGapCell c : cells) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(c.competencyCode());
          row.createCell(1).setCellValue(c.competencyName());
          row.createCell(2).setCellValue(c.fromLevel());
          if (!c.suppressed()) {
            row.createCell(3).setCellValue(c.demand());
            row.createCell(4).setCellValue(c.municipalities());
          }
          row.createCell(5).setCellValue(c.supply());
        }
        book.write(out);
        content = out.toByteArray();
      }
      type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      name = "marktradar.xlsx";
    }
    response.setContentType(type);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(content);
  }

  /** Quotes a CSV field; neutralises spreadsheet formulas. */
  private static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
