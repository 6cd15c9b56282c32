package nl.vakwijzer.web.provider;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.QualityAssurance;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.Trainer;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;

/**
 * The module editor's mutable form model: what the wizard's fields bind to, converted from and to
 * the immutable {@link ModuleDossier}. Lists of lines (core contents, assignments, qualifications)
 * are edited as one text area with one entry per line. Element ids (LD1, T1, U1) are kept stable so
 * claims and explanations that refer to them survive edits.
 */
public class DossierForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Text limits, enforced by the fields and again here when converting. */
  public static final int TITLE_MAX = 200;
  public static final int SHORT_MAX = 2000;
  public static final int LONG_MAX = 10000;

  private String title;
  private String summary;
  private String targetGroup;
  private String entryRequirements;
  private String educationalVision;
  private List<ObjectiveRow> objectives = new ArrayList<>();
  private String coreContents;
  private List<TeachingMethodKind> teachingMethodKinds = new ArrayList<>();
  private String otherTeachingMethods;
  private List<AssessmentRow> assessmentMethods = new ArrayList<>();
  private BigDecimal contactHours;
  private BigDecimal selfStudyHours;
  private Integer meetings;
  private Integer spanWeeks;
  private String transferAssignments;
  private Integer followUpAfterWeeks;
  private List<TrainerRow> trainers = new ArrayList<>();
  private String evaluation;
  private String improvementCycle;
  private String complaintsProcedure;
  private DeliveryMode deliveryMode;
  private String language;
  private BigDecimal pricePerParticipant;
  private BigDecimal priceInCompany;
  private Integer maxGroupSize;
  private List<OfferingRow> offerings = new ArrayList<>();
  private List<ClaimRow> claims = new ArrayList<>();

  /** An empty form for a new module: Dutch as the language, one empty objective and trainer. */
  public static DossierForm empty() {
    var form = new DossierForm();
    form.language = "nl";
    form.addObjective();
    form.addTrainer();
    return form;
  }

  public static DossierForm of(ModuleDossier dossier) {
    var form = new DossierForm();
    form.title = dossier.title();
    form.summary = dossier.summary();
    form.targetGroup = dossier.targetGroup();
    form.entryRequirements = dossier.entryRequirements();
    form.educationalVision = dossier.educationalVision();
    dossier.objectives().forEach(o -> form.objectives.add(new ObjectiveRow(o.id(), o.text())));
    form.coreContents = lines(dossier.coreContents());
    var others = new ArrayList<String>();
    for (TeachingMethod method : dossier.teachingMethods()) {
      if (method.kind() == TeachingMethodKind.OTHER) {
        others.add(method.label());
      } else if (!form.teachingMethodKinds.contains(method.kind())) {
        form.teachingMethodKinds.add(method.kind());
      }
    }
    form.otherTeachingMethods = lines(others);
    dossier.assessmentMethods().forEach(a -> form.assessmentMethods.add(new AssessmentRow(a.id(), a.description(), a.objectiveIds())));
    form.contactHours = zeroToNull(dossier.size().contactHours());
    form.selfStudyHours = zeroToNull(dossier.size().selfStudyHours());
    form.meetings = zeroToNull(dossier.size().meetings());
    form.spanWeeks = zeroToNull(dossier.size().spanWeeks());
    form.transferAssignments = lines(dossier.workplaceTransfer().assignments());
    form.followUpAfterWeeks = zeroToNull(dossier.workplaceTransfer().followUpAfterWeeks());
    dossier.trainers().forEach(t -> form.trainers.add(new TrainerRow(t.name(), lines(t.qualifications()), t.experience(), lines(t.registrations()))));
    form.evaluation = dossier.qualityAssurance().evaluation();
    form.improvementCycle = dossier.qualityAssurance().improvementCycle();
    form.complaintsProcedure = dossier.qualityAssurance().complaintsProcedure();
    form.deliveryMode = dossier.deliveryMode();
    form.language = dossier.language();
    form.pricePerParticipant = dossier.prices().perParticipant();
    form.priceInCompany = dossier.prices().inCompany();
    form.maxGroupSize = zeroToNull(dossier.maxGroupSize());
    dossier.offerings().forEach(o -> form.offerings.add(OfferingRow.of(o)));
    dossier.claims().forEach(c -> form.claims.add(ClaimRow.of(c)));
    return form;
  }

  /**
   * The dossier this form describes. Offerings with an invalid postcode raise {@code
   * InvalidPostcodeException} (the caller shows it on the field); everything else is tolerant, the
   * aanvraagcheck says what is missing.
   */
  public ModuleDossier toDossier() {
    var methods = new ArrayList<TeachingMethod>();
    teachingMethodKinds.forEach(kind -> methods.add(TeachingMethod.of(kind)));
    splitLines(otherTeachingMethods).forEach(label -> methods.add(TeachingMethod.other(label)));
    return new ModuleDossier(
        clip(title, TITLE_MAX),
        clip(summary, SHORT_MAX),
        clip(targetGroup, SHORT_MAX),
        clip(entryRequirements, SHORT_MAX),
        clip(educationalVision, LONG_MAX),
        objectives.stream().map(o -> new Objective(o.id, clip(o.text, SHORT_MAX))).toList(),
        splitLines(coreContents),
        methods,
        assessmentMethods.stream()
            .map(a -> new AssessmentMethod(a.id, clip(a.description, SHORT_MAX), a.objectiveIds))
            .toList(),
        new ModuleSize(nonNegative(contactHours), nonNegative(selfStudyHours), nonNegative(meetings), nonNegative(spanWeeks)),
        new WorkplaceTransfer(splitLines(transferAssignments), nonNegative(followUpAfterWeeks)),
        trainers.stream()
            .filter(t -> !t.isBlank())
            .map(t -> new Trainer(clip(t.name, TITLE_MAX), splitLines(t.qualifications), clip(t.experience, SHORT_MAX), splitLines(t.registrations)))
            .toList(),
        new QualityAssurance(clip(evaluation, SHORT_MAX), clip(improvementCycle, SHORT_MAX), clip(complaintsProcedure, SHORT_MAX)),
        deliveryMode,
        clip(language, 20),
        new Prices(nonNegativeOrNull(pricePerParticipant), nonNegativeOrNull(priceInCompany)),
        nonNegative(maxGroupSize),
        offerings.stream().map(OfferingRow::toOffering).toList(),
        claims.stream().map(ClaimRow::toClaim).toList());
  }

  // ------------------------------------------------------------------ list editing

  public void addObjective() {
    objectives.add(new ObjectiveRow(nextId("LD", objectives.stream().map(ObjectiveRow::getId).toList()), ""));
  }

  public void removeObjective(ObjectiveRow row) {
    objectives.remove(row);
    assessmentMethods.forEach(a -> a.objectiveIds.remove(row.id));
    claims.forEach(c -> c.objectiveIds.remove(row.id));
  }

  public void addAssessment() {
    assessmentMethods.add(new AssessmentRow(nextId("T", assessmentMethods.stream().map(AssessmentRow::getId).toList()), "", List.of()));
  }

  public void removeAssessment(AssessmentRow row) {
    assessmentMethods.remove(row);
    claims.forEach(c -> c.assessmentIds.remove(row.id));
  }

  public void addTrainer() {
    trainers.add(new TrainerRow("", "", "", ""));
  }

  public void removeTrainer(TrainerRow row) {
    trainers.remove(row);
  }

  public void addOffering() {
    var row = new OfferingRow();
    row.id = nextId("U", offerings.stream().map(OfferingRow::getId).toList());
    offerings.add(row);
  }

  public void removeOffering(OfferingRow row) {
    offerings.remove(row);
  }

  public void removeClaim(ClaimRow row) {
    claims.remove(row);
  }

  /** The first free id {@code prefix + n}; ids of removed rows are not reused while the form lives. */
  static String nextId(String prefix, List<String> taken) {
    int n = 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  // ------------------------------------------------------------------ helpers

  static String lines(List<String> values) {
    return String.join("\n", values);
  }

  static List<String> splitLines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> clip(s, SHORT_MAX)).toList();
  }

  static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  private static BigDecimal zeroToNull(BigDecimal value) {
    return value == null || value.signum() == 0 ? null : value;
  }

  private static Integer zeroToNull(int value) {
    return value == 0 ? null : value;
  }

  private static BigDecimal nonNegative(BigDecimal value) {
    return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
  }

  private static BigDecimal nonNegativeOrNull(BigDecimal value) {
    return value == null || value.signum() < 0 ? null : value;
  }

  private static int nonNegative(Integer value) {
    return value == null || value < 0 ? 0 : value;
  }

  // ------------------------------------------------------------------ rows

  /** One leerdoel. */
  public static class ObjectiveRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private String text;

    ObjectiveRow(String id, String text) {
      this.id = id;
      this.text = text;
    }

    public String getId() {
      return id;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** One toetsvorm and the leerdoelen it assesses. */
  public static class AssessmentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private String description;
    private List<String> objectiveIds;

    AssessmentRow(String id, String description, List<String> objectiveIds) {
      this.id = id;
      this.description = description;
      this.objectiveIds = new ArrayList<>(objectiveIds);
    }

    public String getId() {
      return id;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public List<String> getObjectiveIds() {
      return objectiveIds;
    }

    public void setObjectiveIds(List<String> objectiveIds) {
      this.objectiveIds = objectiveIds == null ? new ArrayList<>() : new ArrayList<>(objectiveIds);
    }
  }

  /** One trainer; qualifications and registrations one per line. */
  public static class TrainerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String qualifications;
    private String experience;
    private String registrations;

    TrainerRow(String name, String qualifications, String experience, String registrations) {
      this.name = name;
      this.qualifications = qualifications;
      this.experience = experience;
      this.registrations = registrations;
    }

    boolean isBlank() {
      return Objects.toString(name, "").isBlank()
          && Objects.toString(qualifications, "").isBlank()
          && Objects.toString(experience, "").isBlank()
          && Objects.toString(registrations, "").isBlank();
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getQualifications() {
      return qualifications;
    }

    public void setQualifications(String qualifications) {
      this.qualifications = qualifications;
    }

    public String getExperience() {
      return experience;
    }

    public void setExperience(String experience) {
      this.experience = experience;
    }

    public String getRegistrations() {
      return registrations;
    }

    public void setRegistrations(String registrations) {
      this.registrations = registrations;
    }
  }

  /** One uitvoering: dates, online or a location, seats, status. */
  public static class OfferingRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private List<LocalDate> dates = new ArrayList<>();
    private boolean online;
    private String postcode;
    private String municipality;
    private Integer seats;
    private OfferingStatus status = OfferingStatus.PLANNED;

    static OfferingRow of(Offering offering) {
      var row = new OfferingRow();
      row.id = offering.id();
      row.dates = new ArrayList<>(offering.dates());
      row.online = offering.location().online();
      row.postcode = offering.location().postcode();
      row.municipality = offering.location().municipality();
      row.seats = offering.seats() == 0 ? null : offering.seats();
      row.status = offering.status();
      return row;
    }

    Offering toOffering() {
      // the editor checks postcode and municipality first and shows problems on the fields
      OfferingLocation location =
          online ? OfferingLocation.ONLINE : OfferingLocation.at(Objects.toString(postcode, ""), Objects.toString(municipality, ""));
      return new Offering(id, dates == null ? List.of() : dates, location, seats == null || seats < 0 ? 0 : seats, status == null ? OfferingStatus.PLANNED : status);
    }

    public String getId() {
      return id;
    }

    public List<LocalDate> getDates() {
      return dates;
    }

    public void setDates(List<LocalDate> dates) {
      this.dates = dates == null ? new ArrayList<>() : new ArrayList<>(dates);
    }

    public boolean isOnline() {
      return online;
    }

    public void setOnline(boolean online) {
      this.online = online;
    }

    public String getPostcode() {
      return postcode;
    }

    public void setPostcode(String postcode) {
      this.postcode = postcode;
    }

    public String getMunicipality() {
      return municipality;
    }

    public void setMunicipality(String municipality) {
      this.municipality = municipality;
    }

    public Integer getSeats() {
      return seats;
    }

    public void setSeats(Integer seats) {
      this.seats = seats;
    }

    public OfferingStatus getStatus() {
      return status;
    }

    public void setStatus(OfferingStatus status) {
      this.status = status;
    }
  }

  /**
   * One claim. Levels are indexes into the competency's scale ({@code levelItems} holds the level
   * item ids, lowest first, empty when the scale has none).
   */
  public static class ClaimRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID competency;
    private String competencyLabel;
    private List<UUID> levelItems = new ArrayList<>();
    private Integer from;
    private Integer to;
    private List<String> behaviourExamples = new ArrayList<>();
    private List<String> objectiveIds = new ArrayList<>();
    private List<String> assessmentIds = new ArrayList<>();
    private List<TeachingMethodKind> teachingMethodKinds = new ArrayList<>();

    static ClaimRow of(Claim claim) {
      var row = new ClaimRow();
      row.competency = claim.competency().value();
      row.from = claim.from().ordinal();
      row.to = claim.to().ordinal();
      claim.behaviourExamples().forEach(id -> row.behaviourExamples.add(id.value().toString()));
      row.objectiveIds = new ArrayList<>(claim.evidence().objectiveIds());
      row.assessmentIds = new ArrayList<>(claim.evidence().assessmentMethodIds());
      claim.evidence().teachingMethods().stream()
          .map(TeachingMethod::kind)
          .filter(kind -> kind != TeachingMethodKind.OTHER)
          .distinct()
          .forEach(row.teachingMethodKinds::add);
      return row;
    }

    Claim toClaim() {
      int fromOrdinal = from == null || from < 0 ? 0 : from;
      int toOrdinal = to == null || to < 0 ? 0 : to;
      return new Claim(
          new ItemId(competency),
          level(fromOrdinal),
          level(toOrdinal),
          behaviourExamples.stream().map(UUID::fromString).map(ItemId::new).toList(),
          new ClaimEvidence(objectiveIds, teachingMethodKinds.stream().map(TeachingMethod::of).toList(), assessmentIds),
          false);
    }

    private ClaimLevel level(int ordinal) {
      return ordinal < levelItems.size() ? new ClaimLevel(new ItemId(levelItems.get(ordinal)), ordinal) : ClaimLevel.ofOrdinal(ordinal);
    }

    public UUID getCompetency() {
      return competency;
    }

    public void setCompetency(UUID competency) {
      this.competency = competency;
    }

    public String getCompetencyLabel() {
      return competencyLabel;
    }

    public void setCompetencyLabel(String competencyLabel) {
      this.competencyLabel = competencyLabel;
    }

    public List<UUID> getLevelItems() {
      return levelItems;
    }

    public void setLevelItems(List<UUID> levelItems) {
      this.levelItems = new ArrayList<>(levelItems);
    }

    public Integer getFrom() {
      return from;
    }

    public void setFrom(Integer from) {
      this.from = from;
    }

    public Integer getTo() {
      return to;
    }

    public void setTo(Integer to) {
      this.to = to;
    }

    public List<String> getBehaviourExamples() {
      return behaviourExamples;
    }

    public void setBehaviourExamples(List<String> behaviourExamples) {
      this.behaviourExamples = behaviourExamples == null ? new ArrayList<>() : new ArrayList<>(behaviourExamples);
    }

    public List<String> getObjectiveIds() {
      return objectiveIds;
    }

    public void setObjectiveIds(List<String> objectiveIds) {
      this.objectiveIds = objectiveIds == null ? new ArrayList<>() : new ArrayList<>(objectiveIds);
    }

    public List<String> getAssessmentIds() {
      return assessmentIds;
    }

    public void setAssessmentIds(List<String> assessmentIds) {
      this.assessmentIds = assessmentIds == null ? new ArrayList<>() : new ArrayList<>(assessmentIds);
    }

    public List<TeachingMethodKind> getTeachingMethodKinds() {
      return teachingMethodKinds;
    }

    public void setTeachingMethodKinds(List<TeachingMethodKind> kinds) {
      this.teachingMethodKinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }
  }

  // ------------------------------------------------------------------ accessors

  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getTargetGroup() { return targetGroup; }
  public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
  public String getEntryRequirements() { return entryRequirements; }
  public void setEntryRequirements(String entryRequirements) { this.entryRequirements = entryRequirements; }
  public String getEducationalVision() { return educationalVision; }
  public void setEducationalVision(String educationalVision) { this.educationalVision = educationalVision; }
  public List<ObjectiveRow> getObjectives() { return objectives; }
  public String getCoreContents() { return coreContents; }
  public void setCoreContents(String coreContents) { this.coreContents = coreContents; }
  public List<TeachingMethodKind> getTeachingMethodKinds() { return teachingMethodKinds; }
  public void setTeachingMethodKinds(List<TeachingMethodKind> kinds) { this.teachingMethodKinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds); }
  public String getOtherTeachingMethods() { return otherTeachingMethods; }
  public void setOtherTeachingMethods(String otherTeachingMethods) { this.otherTeachingMethods = otherTeachingMethods; }
  public List<AssessmentRow> getAssessmentMethods() { return assessmentMethods; }
  public BigDecimal getContactHours() { return contactHours; }
  public void setContactHours(BigDecimal contactHours) { this.contactHours = contactHours; }
  public BigDecimal getSelfStudyHours() { return selfStudyHours; }
  public void setSelfStudyHours(BigDecimal selfStudyHours) { this.selfStudyHours = selfStudyHours; }
  public Integer getMeetings() { return meetings; }
  public void setMeetings(Integer meetings) { this.meetings = meetings; }
  public Integer getSpanWeeks() { return spanWeeks; }
  public void setSpanWeeks(Integer spanWeeks) { this.spanWeeks = spanWeeks; }
  public String getTransferAssignments() { return transferAssignments; }
  public void setTransferAssignments(String transferAssignments) { this.transferAssignments = transferAssignments; }
  public Integer getFollowUpAfterWeeks() { return followUpAfterWeeks; }
  public void setFollowUpAfterWeeks(Integer followUpAfterWeeks) { this.followUpAfterWeeks = followUpAfterWeeks; }
  public List<TrainerRow> getTrainers() { return trainers; }
  public String getEvaluation() { return evaluation; }
  public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
  public String getImprovementCycle() { return improvementCycle; }
  public void setImprovementCycle(String improvementCycle) { this.improvementCycle = improvementCycle; }
  public String getComplaintsProcedure() { return complaintsProcedure; }
  public void setComplaintsProcedure(String complaintsProcedure) { this.complaintsProcedure = complaintsProcedure; }
  public DeliveryMode getDeliveryMode() { return deliveryMode; }
  public void setDeliveryMode(DeliveryMode deliveryMode) { this.deliveryMode = deliveryMode; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public BigDecimal getPricePerParticipant() { return pricePerParticipant; }
  public void setPricePerParticipant(BigDecimal pricePerParticipant) { this.pricePerParticipant = pricePerParticipant; }
  public BigDecimal getPriceInCompany() { return priceInCompany; }
  public void setPriceInCompany(BigDecimal priceInCompany) { this.priceInCompany = priceInCompany; }
  public Integer getMaxGroupSize() { return maxGroupSize; }
  public void setMaxGroupSize(Integer maxGroupSize) { this.maxGroupSize = maxGroupSize; }
  public List<OfferingRow> getOfferings() { return offerings; }
  public List<ClaimRow> getClaims() { return claims; }
}
