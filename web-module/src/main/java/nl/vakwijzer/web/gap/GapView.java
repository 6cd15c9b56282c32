package nl.vakwijzer.web.gap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.HeatMapCell;
import nl.vakwijzer.catalogue.api.gap.InvalidGapInputException;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.LocationFilter;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * The gap of one team against one target profile ({@code ?profiel=&team=}): per competency who is
 * below and by how many steps, in priority order, a radar (required vs team average) with its data
 * table, a people × competency heat map; the ranked search with filters and explanations; the
 * learning path within budget and period; save the gap; exports. Another municipality's ids: 404.
 */
@Named
@ViewScoped
public class GapView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient GapService gaps;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;
  @Inject transient GapTexts texts;
  @Inject transient LearningPathExports exports;
  @Inject transient OrganisationService organisations;

  private String profileParam;
  private String teamParam;
  private StoredTargetProfile profile;
  private Team team;
  private TeamGap gap;
  private GapSearchResult search;
  private LearningPath path;

  // filters
  private String municipalities;
  private boolean online = true;
  private List<String> deliveryModes = new ArrayList<>();
  private BigDecimal maxPrice;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private BigDecimal maxHours;
  private String language;
  private boolean inCompanyOnly;
  private String provider;
  private BigDecimal budget;
  /** Results shown on the page (a search over a large catalogue ranks tens of thousands). */
  static final int SHOWN = 50;
  private String pathExportRef;
  private transient List<OrganisationSummary> providerOptions;
  private String savedName;

  /** View action; 404 for unknown or foreign ids. */
  public void load() {
    if (gap != null) {
      return;
    }
    Actor actor = actors.require();
    TargetProfileId p = GapPages.id(profileParam, TargetProfileId::new).orElse(null);
    TeamId t = GapPages.id(teamParam, TeamId::new).orElse(null);
    if (p == null || t == null) {
      GapPages.notFound();
      return;
    }
    try {
      profile = gaps.targetProfile(actor, p);
      team = gaps.team(actor, t);
      gap = gaps.gap(actor, p, t);
    } catch (UnknownGapDataException e) {
      GapPages.notFound();
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  private GapQuery query() {
    GapSearchFilter filter = GapSearchFilter.NONE;
    Set<String> places = municipalities == null ? Set.of()
        : Arrays.stream(municipalities.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    if (!places.isEmpty() || !online) {
      filter = filter.withLocation(places.isEmpty() && online ? LocationFilter.onlineOnly() : LocationFilter.in(places, online));
    }
    if (!deliveryModes.isEmpty()) {
      Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
      deliveryModes.forEach(m -> modes.add(DeliveryMode.valueOf(m)));
      filter = filter.withDeliveryModes(modes);
    }
    if (maxPrice != null) {
      filter = filter.withMaxPricePerParticipant(maxPrice);
    }
    if (periodFrom != null || periodTo != null) {
      filter = filter.withPeriod(periodFrom, periodTo);
    }
    if (maxHours != null) {
      filter = filter.withMaxDuration(maxHours, null);
    }
    if (language != null && !language.isBlank()) {
      filter = filter.withLanguages(Set.of(language));
    }
    if (inCompanyOnly) {
      filter = filter.withInCompanyOnly(true);
    }
    if (provider != null && !provider.isBlank()) {
      OrganisationId id = OrganisationId.parse(provider).orElse(null);
      if (id != null) {
        filter = filter.withProviders(Set.of(id));
      }
    }
    return new GapQuery(profile.id(), team.id(), filter);
  }

  public void search() {
    try {
      search = gaps.search(actors.require(), query());
      if (search.results().isEmpty()) {
        messages.info("gemeente.search.none");
      }
    } catch (InvalidGapInputException e) {
      messages.errorFor(e.messageKey().equals(InvalidGapInputException.PERIOD_INVALID) ? "filters:periodTo" : null,
          e.messageKey(), e.arguments().toArray());
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  public void plan() {
    if (budget != null && budget.signum() <= 0) {
      messages.errorFor("path:budget", InvalidGapInputException.BUDGET_INVALID, budget);
      return;
    }
    try {
      GapQuery q = query();
      path = gaps.learningPath(actors.require(), q, budget);
      pathExportRef = exports.register(q, budget);
    } catch (InvalidGapInputException e) {
      String field = e.messageKey().equals(InvalidGapInputException.BUDGET_INVALID) ? "path:budget" : null;
      if (field == null) {
        messages.error(e);
      } else {
        messages.errorFor(field, e.messageKey(), e.arguments().toArray());
      }
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  public void save() {
    try {
      var saved = gaps.saveGap(actors.require(), savedName == null ? "" : savedName, query());
      messages.info("gemeente.gap.saved", saved.name());
    } catch (InvalidGapInputException e) {
      messages.errorFor("save:name", e.messageKey(), e.arguments().toArray());
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  // ---- presentation

  public List<CompetencyGap> getPriority() {
    return gap == null ? List.of() : gap.byPriority();
  }

  public String below(CompetencyGap g) {
    return g.below().stream().map(this::personGap).collect(Collectors.joining(", "));
  }

  private String personGap(PersonGap p) {
    return texts.text("gemeente.gap.personSteps", p.person().value(), p.steps());
  }

  public String cellText(PersonLabel person, ItemId competency) {
    HeatMapCell cell = gap.cell(person, competency);
    String level = texts.level(competency, cell.currentLevel());
    if (cell.currentLevel() == null) {
      return level;
    }
    return cell.stepsBelow() == 0 ? texts.text("gemeente.heat.ok", level)
        : texts.text("gemeente.heat.below", level, cell.stepsBelow());
  }

  public String cellClass(PersonLabel person, ItemId competency) {
    HeatMapCell cell = gap.cell(person, competency);
    if (cell.currentLevel() == null) {
      return "vw-heat-none";
    }
    return "vw-heat-" + Math.min(3, cell.stepsBelow());
  }

  /** The radar: required level vs team average per competency, as an accessible SVG. */
  public String getRadarSvg() {
    if (gap == null) {
      return "";
    }
    List<CompetencyGap> rows = gap.byProfile();
    double max = 1;
    for (CompetencyGap g : rows) {
      max = Math.max(max, Math.max(g.requiredLevel(), g.teamAverage()));
    }
    double cx = 220, cy = 200, r = 150;
    int n = Math.max(rows.size(), 3);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 440 400\" width=\"440\" height=\"400\" role=\"img\" aria-labelledby=\"radarTitle\" id=\"radarChart\">");
    svg.append("<title id=\"radarTitle\">").append(esc(texts.text("gemeente.gap.radar.title"))).append("</title>");
    for (int ring = 1; ring <= (int) Math.ceil(max); ring++) {
      svg.append("<polygon fill=\"none\" stroke=\"#c8c8c8\" points=\"").append(points(n, cx, cy, r * ring / Math.ceil(max), null)).append("\"/>");
    }
    List<Double> required = rows.stream().map(g -> (double) g.requiredLevel()).toList();
    List<Double> average = rows.stream().map(CompetencyGap::teamAverage).toList();
    svg.append("<polygon fill=\"rgba(0,82,147,0.15)\" stroke=\"#005293\" stroke-width=\"2\" points=\"")
        .append(points(n, cx, cy, r / Math.ceil(max), required)).append("\"/>");
    svg.append("<polygon fill=\"rgba(180,60,0,0.15)\" stroke=\"#a03c00\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"")
        .append(points(n, cx, cy, r / Math.ceil(max), average)).append("\"/>");
    for (int i = 0; i < rows.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      double x = cx + (r + 18) * Math.cos(angle);
      double y = cy + (r + 18) * Math.sin(angle);
      String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\" fill=\"#1a1a1a\">", x, y, anchor))
          .append(esc(texts.code(rows.get(i).competency()))).append("</text>");
    }
    svg.append("<text x=\"10\" y=\"390\" font-size=\"12\" fill=\"#005293\">").append(esc(texts.text("gemeente.gap.radar.required")))
        .append("</text><text x=\"220\" y=\"390\" font-size=\"12\" fill=\"#a03c00\">").append(esc(texts.text("gemeente.gap.radar.average")))
        .append("</text></svg>");
    return svg.toString();
  }

  private static String points(int n, double cx, double cy, double unit, List<Double> values) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double v = values == null ? 1 : (i < values.size() ? Math.max(0, values.get(i)) : 0);
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      s.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx + unit * v * Math.cos(angle), cy + unit * v * Math.sin(angle)));
    }
    return s.toString().strip();
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  public String average(CompetencyGap g) {
    return String.format(texts.locale(), "%.1f", g.teamAverage());
  }

  public String moduleTitle(nl.vakwijzer.catalogue.api.ModuleVersionId id) {
    if (path == null) {
      return id.toString();
    }
    return path.modules().stream().filter(m -> m.id().equals(id)).map(m -> m.title()).findFirst().orElse(id.toString());
  }

  public String modulesOf(nl.vakwijzer.catalogue.api.gap.PersonPlan plan) {
    return plan.modules().stream().map(this::moduleTitle).collect(Collectors.joining("; "));
  }

  public String percent(double value) {
    return String.format(texts.locale(), "%.1f%%", value);
  }

  public String participants(nl.vakwijzer.catalogue.api.gap.PathModule m) {
    return m.participants().stream().map(PersonLabel::value).collect(Collectors.joining(", "));
  }

  public List<DeliveryMode> getAllDeliveryModes() {
    return List.of(DeliveryMode.values());
  }

  /** The XLSX download of the learning path shown (same query and budget), or null before one is made. */
  public String getPathExport() {
    return pathExportRef == null ? null : getExportBase() + "&soort=leerroute&ref=" + pathExportRef;
  }

  public String getExportBase() {
    return "download?profiel=" + profile.id() + "&team=" + team.id();
  }

  public StoredTargetProfile getProfile() { return profile; }
  public Team getTeam() { return team; }
  public TeamGap getGap() { return gap; }
  public GapSearchResult getSearch() { return search; }
  public LearningPath getPath() { return path; }
  /** The best {@value #SHOWN} results; the page says how many there are in all. */
  public List<RankedModule> getResults() {
    List<RankedModule> all = search == null ? List.of() : search.results();
    return all.size() > SHOWN ? all.subList(0, SHOWN) : all;
  }

  public int getResultCount() { return search == null ? 0 : search.matching(); }

  public boolean isResultsCut() { return getResultCount() > SHOWN; }
  public String getProfileParam() { return profileParam; }
  public void setProfileParam(String v) { this.profileParam = v; }
  public String getTeamParam() { return teamParam; }
  public void setTeamParam(String v) { this.teamParam = v; }
  public String getMunicipalities() { return municipalities; }
  public void setMunicipalities(String v) { this.municipalities = v; }
  public boolean isOnline() { return online; }
  public void setOnline(boolean v) { this.online = v; }
  public List<String> getDeliveryModes() { return deliveryModes; }
  public void setDeliveryModes(List<String> v) { this.deliveryModes = v == null ? new ArrayList<>() : v; }
  public BigDecimal getMaxPrice() { return maxPrice; }
  public void setMaxPrice(BigDecimal v) { this.maxPrice = v; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate v) { this.periodFrom = v; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate v) { this.periodTo = v; }
  public BigDecimal getMaxHours() { return maxHours; }
  public void setMaxHours(BigDecimal v) { this.maxHours = v; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { this.language = v; }
  public boolean isInCompanyOnly() { return inCompanyOnly; }
  public void setInCompanyOnly(boolean v) { this.inCompanyOnly = v; }
  /** The providers to filter on (approved or not: the search only finds accredited modules anyway), by name. */
  public List<OrganisationSummary> getProviderOptions() {
    if (providerOptions == null) {
      providerOptions = organisations.list().stream().filter(o -> o.type() == OrganisationType.AANBIEDER)
          .sorted(java.util.Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
    return providerOptions;
  }

  public String getProvider() { return provider; }
  public void setProvider(String v) { this.provider = v; }
  public BigDecimal getBudget() { return budget; }
  public void setBudget(BigDecimal v) { this.budget = v; }
  public String getSavedName() { return savedName; }
  public void setSavedName(String v) { this.savedName = v; }
}
