package nl.vakwijzer.web.accreditation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.Bundle;

/**
 * The beheerder's export of an application's timeline ({@code /beheer/tijdlijn/export?id=…&format=csv|pdf};
 * the folder is BEHEERDER-only in web.xml). CSV for Dutch Excel: UTF-8 with a byte order mark,
 * {@code ;} as separator, every field quoted (quotes doubled), CRLF line ends. PDF with the same
 * Dutch headings. Unknown ids answer 404, refusals 403.
 */
@WebServlet("/beheer/tijdlijn/export")
public class TimelineExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Timeline timeline;
  @Inject transient ProviderActor actor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ApplicationId> id = ApplicationId.parse(request.getParameter("id"));
    String format = request.getParameter("format");
    if (id.isEmpty() || !("csv".equals(format) || "pdf".equals(format))) {
      response.sendError(404);
      return;
    }
    Locale locale = Bundle.DUTCH;
    Timeline.Rows rows;
    try {
      rows = timeline.rows(actor.require(), id.get(), locale);
    } catch (UnknownApplicationException e) {
      response.sendError(404);
      return;
    } catch (ApplicationAccessException e) {
      response.sendError(403);
      return;
    }
    String filename = "tijdlijn-" + slug(rows.application().moduleTitle()) + "-" + id.get().toString().substring(0, 8) + "." + format;
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    response.setHeader("Cache-Control", "no-store");
    byte[] body = "csv".equals(format) ? csv(rows, locale) : pdf(rows, locale);
    response.setContentType("csv".equals(format) ? "text/csv;charset=UTF-8" : "application/pdf");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static List<String> headings(Locale locale) {
    return List.of(
        Bundle.text(locale, "accreditation.aftercare.timeline.sequence"),
        Bundle.text(locale, "accreditation.aftercare.timeline.when"),
        Bundle.text(locale, "accreditation.aftercare.timeline.who"),
        Bundle.text(locale, "accreditation.aftercare.timeline.action"),
        Bundle.text(locale, "accreditation.aftercare.timeline.details"));
  }

  static byte[] csv(Timeline.Rows rows, Locale locale) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, headings(locale));
    for (Timeline.Row r : rows.rows()) {
      line(out, List.of(String.valueOf(r.sequence()), r.when(), r.who(), r.action(), r.details()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      out.append('"').append(neutral(fields.get(i)).replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }

  /** A field Excel would run as a formula (=, +, -, @) is prefixed with a quote (CSV injection). */
  static String neutral(String field) {
    String text = field == null ? "" : field;
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static byte[] pdf(Timeline.Rows rows, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Bundle.text(locale, "accreditation.aftercare.timeline.pdfTitle", rows.application().moduleTitle()));
      document.open();
      Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
      Font body = new Font(Font.HELVETICA, 9);
      Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
      document.add(new Paragraph(
          Bundle.text(locale, "accreditation.aftercare.timeline.pdfTitle", rows.application().moduleTitle()), title));
      document.add(new Paragraph(Bundle.text(locale, "accreditation.aftercare.timeline.pdfSubtitle",
          rows.application().versionNumber(), Bundle.text(locale, rows.application().state().messageKey()),
          Timeline.when(Instant.now())), body));
      document.add(new Paragraph(" "));
      PdfPTable table = new PdfPTable(new float[] {6, 12, 16, 24, 42});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String heading : headings(locale)) {
        PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
        cell.setGrayFill(0.9f);
        table.addCell(cell);
      }
      for (Timeline.Row r : rows.rows()) {
        table.addCell(new Phrase(String.valueOf(r.sequence()), body));
        table.addCell(new Phrase(r.when(), body));
        table.addCell(new Phrase(r.who(), body));
        table.addCell(new Phrase(r.action(), body));
        table.addCell(new Phrase(r.details(), body));
      }
      table.setHorizontalAlignment(Element.ALIGN_LEFT);
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException("timeline PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  static String slug(String title) {
    String slug = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "aanvraag" : slug.substring(0, Math.min(40, slug.length()));
  }
}
