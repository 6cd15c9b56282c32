package nl.vakwijzer.web.accreditation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.AccreditationStatisticsService;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.Bundle;

/**
 * {@code /beheer/statistieken/export}: the statistics as CSV for Dutch Excel (UTF-8 BOM, {@code ;},
 * quoted fields, CRLF; Dutch headings). Under {@code /beheer/}, so BEHEERDER only.
 */
@WebServlet("/beheer/statistieken/export")
public class StatisticsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AccreditationStatisticsService service;
  @Inject transient StatisticsReport report;
  @Inject transient ProviderActor actor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    AccreditationStatistics statistics;
    try {
      statistics = service.statistics(actor.require());
    } catch (ApplicationAccessException e) {
      response.sendError(403);
      return;
    }
    byte[] body = report.csv(statistics, Bundle.DUTCH);
    response.setHeader("Content-Disposition", "attachment; filename=\"statistieken-accreditatie-" + statistics.computedOn() + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/csv;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
