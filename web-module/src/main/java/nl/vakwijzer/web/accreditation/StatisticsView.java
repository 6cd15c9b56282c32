package nl.vakwijzer.web.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.AccreditationStatisticsService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.Bundle;

/** {@code beheer/statistieken.xhtml}: lead times, scores per criterion, verdicts per competency. */
@Named
@RequestScoped
public class StatisticsView {
  @Inject AccreditationStatisticsService service;
  @Inject StatisticsReport report;
  @Inject ProviderActor actor;

  private AccreditationStatistics statistics;

  @PostConstruct
  void init() {
    statistics = service.statistics(actor.require());
  }

  public AccreditationStatistics getStatistics() {
    return statistics;
  }

  public String competency(ItemId competency) {
    return report.competency(competency);
  }

  public String number(Number value) {
    return StatisticsReport.number(locale(), value);
  }

  public String day(java.time.LocalDate date) {
    return Timeline.day(date);
  }

  public String getCriteriaChart() {
    Locale locale = locale();
    return StatisticsReport.svg("criteriaChart",
        Bundle.text(locale, "accreditation.statistics.criteria.chartTitle"),
        Bundle.text(locale, "accreditation.statistics.chartDescription"),
        StatisticsReport.criterionBars(statistics), StatisticsReport.scoreNames(locale), StatisticsReport.SCORE_COLOURS);
  }

  public String getCompetenciesChart() {
    Locale locale = locale();
    return StatisticsReport.svg("competenciesChart",
        Bundle.text(locale, "accreditation.statistics.competencies.chartTitle"),
        Bundle.text(locale, "accreditation.statistics.chartDescription"),
        report.competencyBars(statistics), StatisticsReport.verdictNames(locale), StatisticsReport.VERDICT_COLOURS);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
