package nl.vakwijzer.web.gap;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.HeatMapCell;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.TeamFileFormat;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.shared.LocaleSelector;

/**
 * Downloads of the gemeente pages, always as attachments: the upload template ({@code
 * soort=sjabloon&profiel=&formaat=csv|xlsx}), the gap as XLSX ({@code soort=xlsx}, from the service)
 * and as PDF ({@code soort=pdf}), and a learning path computed on the gap page ({@code
 * soort=leerroute&ref=}, see {@link LearningPathExports}). Another municipality's ids answer 404, like unknown ones.
 */
@WebServlet("/gemeente/download")
public class GapDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PDF = "application/pdf";

  @Inject transient GapService gaps;
  @Inject transient ProviderActors actors;
  @Inject transient GapTexts texts;
  @Inject transient LocaleSelector localeSelector;
  @Inject transient LearningPathExports pathExports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Actor> actor = actors.current();
    Optional<TargetProfileId> profile = GapPages.id(request.getParameter("profiel"), TargetProfileId::new);
    String kind = request.getParameter("soort");
    if (actor.isEmpty() || profile.isEmpty() || kind == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    texts.in(localeSelector.getLocale());
    try {
      switch (kind) {
        case "sjabloon" -> {
          TeamFileFormat format = "xlsx".equalsIgnoreCase(request.getParameter("formaat")) ? TeamFileFormat.XLSX : TeamFileFormat.CSV;
          send(response, gaps.template(actor.get(), profile.get(), format), format.mediaType(), "teamsjabloon." + format.extension());
        }
        case "xlsx", "pdf" -> {
          Optional<TeamId> team = GapPages.id(request.getParameter("team"), TeamId::new);
          if (team.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
          }
          if (kind.equals("xlsx")) {
            send(response, gaps.exportGap(actor.get(), profile.get(), team.get()), TeamFileFormat.XLSX.mediaType(), "kloof.xlsx");
          } else {
            StoredTargetProfile p = gaps.targetProfile(actor.get(), profile.get());
            String teamName = gaps.team(actor.get(), team.get()).name();
            send(response, pdf(p.name(), teamName, gaps.gap(actor.get(), profile.get(), team.get())), PDF, "kloof.pdf");
          }
        }
        case "leerroute" -> {
          Optional<LearningPathExports.Request> path = pathExports.find(request.getParameter("ref"))
              .filter(r -> r.query().profile().equals(profile.get()));
          if (path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
          }
          send(response, gaps.exportLearningPath(actor.get(), path.get().query(), path.get().budget()),
              TeamFileFormat.XLSX.mediaType(), "leerroute.xlsx");
        }
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (UnknownGapDataException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (CatalogueException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private static void send(HttpServletResponse response, byte[] content, String type, String fileName) throws IOException {
    response.setContentType(type);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(content);
  }

  /** The gap report: the priority list and the heat map as tables with words, not only colours. */
  byte[] pdf(String profileName, String teamName, TeamGap gap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate());
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(texts.text("gemeente.gap.pdf.title", profileName, teamName));
      document.open();
      Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
      document.add(new Paragraph(texts.text("gemeente.gap.pdf.title", profileName, teamName), heading));
      document.add(new Paragraph(texts.text("gemeente.gap.priority.heading"), heading));
      PdfPTable priority = new PdfPTable(4);
      priority.setWidthPercentage(100);
      for (String h : new String[] {"gemeente.gap.col.competency", "gemeente.gap.col.required", "gemeente.gap.col.below", "gemeente.gap.col.priority"}) {
        priority.addCell(new Paragraph(texts.text(h), body));
      }
      for (CompetencyGap g : gap.byPriority()) {
        priority.addCell(new Paragraph(texts.label(g.competency()), body));
        priority.addCell(new Paragraph(texts.level(g.competency(), g.requiredLevel()), body));
        priority.addCell(new Paragraph(g.below().stream().map(p -> texts.text("gemeente.gap.personSteps", p.person().value(), p.steps()))
            .reduce((a, b) -> a + ", " + b).orElse(""), body));
        priority.addCell(new Paragraph(String.format(texts.locale(), "%.1f", g.priority()), body));
      }
      document.add(priority);
      document.add(new Paragraph(texts.text("gemeente.gap.heat.heading"), heading));
      PdfPTable heat = new PdfPTable(gap.competencies().size() + 1);
      heat.setWidthPercentage(100);
      heat.addCell(new Paragraph(texts.text("gemeente.gap.col.person"), body));
      for (ItemId c : gap.competencies()) {
        heat.addCell(new Paragraph(texts.code(c), body));
      }
      for (PersonLabel person : gap.people()) {
        heat.addCell(new Paragraph(person.value(), body));
        for (ItemId c : gap.competencies()) {
          HeatMapCell cell = gap.cell(person, c);
          String level = texts.level(c, cell.currentLevel());
          String text = cell.currentLevel() == null ? level : cell.stepsBelow() == 0
              ? texts.text("gemeente.heat.ok", level) : texts.text("gemeente.heat.below", level, cell.stepsBelow());
          heat.addCell(new Paragraph(text, body));
        }
      }
      document.add(heat);
    } catch (DocumentException e) {
      throw new IllegalStateException("gap PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
