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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationCondition;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.api.CertificateStatus;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the certificate PDF and the public verification page show of a {@link Certificate}: the
 * catalogue's names (provider, competency with its code, levels on the claim's own scale), dates in
 * words, the verification address, and the PDF itself (OpenPDF, Dutch).
 */
@ApplicationScoped
public class CertificateDocument {
  static final String VERIFICATION_PAGE = "/verificatie.xhtml";

  @Inject ModuleService modules;
  @Inject OrganisationService organisations;

  @Inject
  @ConfigProperty(name = "vakwijzer.base-url")
  Optional<String> baseUrl;

  /** One accepted claim in words. */
  public record Line(String competency, String from, String to) {}

  public String providerName(OrganisationId provider) {
    return organisations.find(provider).map(OrganisationSummary::name).orElse("–");
  }

  public List<Line> lines(Certificate c, Locale locale) {
    return c.acceptedClaims().stream().map(a -> line(a, locale)).toList();
  }

  private Line line(AcceptedClaim a, Locale locale) {
    Optional<ClaimOptions> options = options(a.competency());
    String name = options.map(o -> o.competency().humanCode() + " " + o.competency().label()).orElse(a.competency().toString());
    return new Line(name, level(options, a.from().ordinal(), locale), level(options, a.to().ordinal(), locale));
  }

  private Optional<ClaimOptions> options(ItemId competency) {
    try {
      return Optional.of(modules.claimOptions(competency));
    } catch (CatalogueException e) {
      return Optional.empty();
    }
  }

  /** A level on the claim's scale (Basis/Vakbekwaam/Vakvolwassen without one), as the pages do. */
  static String level(Optional<ClaimOptions> options, int ordinal, Locale locale) {
    List<ItemSummary> levels = options.map(ClaimOptions::levels).orElse(List.of());
    if (ordinal < levels.size()) {
      return levels.get(ordinal).label();
    }
    String[] fallback = {"BASIS", "VAKBEKWAAM", "VAKVOLWASSEN"};
    return ordinal < fallback.length ? Bundle.text(locale, "provider.level." + fallback[ordinal]) : String.valueOf(ordinal + 1);
  }

  public static String date(LocalDate date, Locale locale) {
    return date == null ? "–" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }

  /** The public verification address of a code; relative to {@code requestBase} without a configured base URL. */
  public String verificationUrl(CertificateCode code, String requestBase) {
    String base = baseUrl.filter(s -> !s.isBlank()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
        .orElse(requestBase);
    return base + VERIFICATION_PAGE + "?code=" + code.formatted();
  }

  public static String fileName(Certificate c) {
    return "certificaat-" + TimelineExportServlet.slug(c.moduleTitle()) + "-" + c.code().formatted() + ".pdf";
  }

  /** The certificate as a PDF of one A4 page (longer for many claims). */
  public byte[] pdf(Certificate c, String verificationUrl, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    Color accent = new Color(0x1f, 0x4e, 0x79);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      String title = Bundle.text(locale, "accreditation.certificate.pdf.title");
      document.addTitle(title + " – " + c.moduleTitle());
      document.addSubject(c.code().formatted());
      document.addCreator("Vakwijzer");
      document.open();
      Font brand = new Font(Font.HELVETICA, 11, Font.BOLD, accent);
      Font heading = new Font(Font.HELVETICA, 22, Font.BOLD, accent);
      Font moduleFont = new Font(Font.HELVETICA, 16, Font.BOLD);
      Font body = new Font(Font.HELVETICA, 10);
      Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
      Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

      document.add(new Paragraph(Bundle.text(locale, "accreditation.certificate.pdf.issuer"), brand));
      Paragraph h = new Paragraph(title, heading);
      h.setSpacingBefore(18);
      h.setSpacingAfter(12);
      document.add(h);
      document.add(new Paragraph(Bundle.text(locale, "accreditation.certificate.pdf.intro"), body));
      Paragraph module = new Paragraph(c.moduleTitle(), moduleFont);
      module.setSpacingBefore(6);
      module.setSpacingAfter(6);
      document.add(module);
      document.add(new Paragraph(Bundle.text(locale, "accreditation.certificate.pdf.versionProvider",
          c.versionNumber(), providerName(c.provider())), body));
      document.add(new Paragraph(Bundle.text(locale, c.outcome() == null
          ? "accreditation.certificate.pdf.accredited" : "accreditation.certificate.pdf.outcome." + c.outcome().name()), body));

      PdfPTable facts = new PdfPTable(new float[] {30, 70});
      facts.setWidthPercentage(100);
      facts.setSpacingBefore(12);
      fact(facts, Bundle.text(locale, "accreditation.certificate.validity"),
          Bundle.text(locale, "accreditation.certificate.validityText", date(c.validFrom(), locale), date(c.validUntil(), locale),
              c.validityYears()), bold, body);
      fact(facts, Bundle.text(locale, "accreditation.certificate.decisionDate"), date(c.validFrom(), locale), bold, body);
      fact(facts, Bundle.text(locale, "accreditation.certificate.code"), c.code().formatted(), bold, bold);
      if (c.status() != CertificateStatus.GELDIG) {
        fact(facts, Bundle.text(locale, "accreditation.certificate.statusToday", date(LocalDate.now(ZoneId.of("Europe/Amsterdam")), locale)),
            Bundle.text(locale, c.status().messageKey()), bold, bold);
      }
      document.add(facts);

      Paragraph claimsHeading = new Paragraph(Bundle.text(locale, "accreditation.certificate.claims"), bold);
      claimsHeading.setSpacingBefore(14);
      claimsHeading.setSpacingAfter(6);
      document.add(claimsHeading);
      PdfPTable claims = new PdfPTable(new float[] {56, 22, 22});
      claims.setWidthPercentage(100);
      claims.setHeaderRows(1);
      for (String col : List.of("accreditation.certificate.competency", "accreditation.certificate.fromLevel",
          "accreditation.certificate.toLevel")) {
        PdfPCell cell = new PdfPCell(new Phrase(Bundle.text(locale, col), bold));
        cell.setGrayFill(0.9f);
        cell.setPadding(4);
        claims.addCell(cell);
      }
      for (Line l : lines(c, locale)) {
        for (String text : List.of(l.competency(), l.from(), l.to())) {
          PdfPCell cell = new PdfPCell(new Phrase(text, body));
          cell.setPadding(4);
          claims.addCell(cell);
        }
      }
      document.add(claims);

      if (!c.conditions().isEmpty()) {
        Paragraph conditionsHeading = new Paragraph(Bundle.text(locale, "accreditation.certificate.conditions"), bold);
        conditionsHeading.setSpacingBefore(14);
        document.add(conditionsHeading);
        for (AccreditationCondition condition : c.conditions()) {
          document.add(new Paragraph("• " + Bundle.text(locale, "accreditation.certificate.conditionText", condition.description(),
              date(condition.deadline(), locale),
              Bundle.text(locale, "accreditation.aftercare.conditionStatus." + condition.status().name())), body));
        }
      }

      Paragraph verify = new Paragraph(Bundle.text(locale, "accreditation.certificate.pdf.verify"), body);
      verify.setSpacingBefore(24);
      document.add(verify);
      Paragraph url = new Paragraph(verificationUrl, bold);
      url.setAlignment(Element.ALIGN_LEFT);
      document.add(url);
      Paragraph footer = new Paragraph(Bundle.text(locale, "accreditation.certificate.pdf.footer"), small);
      footer.setSpacingBefore(24);
      document.add(footer);
    } catch (DocumentException e) {
      throw new IllegalStateException("certificate PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void fact(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
    PdfPCell l = new PdfPCell(new Phrase(label, labelFont));
    PdfPCell v = new PdfPCell(new Phrase(value, valueFont));
    for (PdfPCell cell : List.of(l, v)) {
      cell.setBorder(0);
      cell.setPaddingBottom(4);
      table.addCell(cell);
    }
  }
}
