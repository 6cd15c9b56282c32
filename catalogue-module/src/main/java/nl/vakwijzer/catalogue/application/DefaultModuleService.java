package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ConcurrentModuleChangeException;
import nl.vakwijzer.catalogue.api.InvalidAttachmentException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleNotEditableException;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.SubmissionRefusedException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.api.event.ModuleVersionPublished;
import nl.vakwijzer.catalogue.api.event.ModuleVersionSubmitted;
import nl.vakwijzer.catalogue.domain.AttachmentTypes;
import nl.vakwijzer.catalogue.domain.MaterialChangeRule;
import nl.vakwijzer.catalogue.domain.ModuleRepository;
import nl.vakwijzer.catalogue.domain.ModuleSession;
import nl.vakwijzer.catalogue.domain.SubmissionCheck;

/**
 * The provider portal's rules over {@link ModuleRepository}.
 *
 * <p>Access: a provider user (AANBIEDER) reads and changes its own organisation's modules; a
 * BEHEERDER reads every module and changes none; anyone else sees nothing. Every refusal is {@link
 * UnknownModuleException}, exactly as for an id that does not exist, so ids of other organisations
 * cannot be probed. Changes are made {@code where revision = ?}: a stale revision changes nothing and
 * raises {@link ConcurrentModuleChangeException}.
 */
@ApplicationScoped
@Transactional
class DefaultModuleService implements ModuleService {
  /** Attachments are at most 10 MB. */
  static final int MAX_ATTACHMENT_MB = 10;
  static final long MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024L * 1024L;
  /** An accreditation ending within this many days asks for the provider's attention. */
  static final int EXPIRY_NOTICE_DAYS = 90;
  private static final int MAX_FILE_NAME = 255;
  /** Without a scale of its own a claim uses Basis, Vakbekwaam, Vakvolwassen: ordinals 0..2. */
  static final int DEFAULT_SCALE_TOP = 2;

  @Inject ModuleRepository repository;
  @Inject Clock clock;
  @Inject Event<ModuleVersionSubmitted> submitted;
  @Inject Event<ModuleVersionPublished> published;

  DefaultModuleService() {}

  /** For tests: a service on a given repository, clock and event sinks, without CDI. */
  DefaultModuleService(
      ModuleRepository repository,
      Clock clock,
      Event<ModuleVersionSubmitted> submitted,
      Event<ModuleVersionPublished> published) {
    this.repository = repository;
    this.clock = clock;
    this.submitted = submitted;
    this.published = published;
  }

  // ---------------------------------------------------------------- access

  static boolean mayRead(Actor actor, OrganisationId owner) {
    return actor != null
        && (actor.hasRole(Role.BEHEERDER) || (actor.hasRole(Role.AANBIEDER) && actor.actsFor(owner)));
  }

  static boolean mayChange(Actor actor, OrganisationId owner) {
    return actor != null && actor.hasRole(Role.AANBIEDER) && actor.actsFor(owner);
  }

  private static ModuleVersion readable(ModuleSession s, Actor actor, ModuleVersionId id) {
    return s.version(id.value())
        .filter(v -> mayRead(actor, v.provider()))
        .orElseThrow(() -> new UnknownModuleException(id));
  }

  private static ModuleVersion changeable(ModuleSession s, Actor actor, ModuleVersionId id) {
    return s.version(id.value())
        .filter(v -> mayChange(actor, v.provider()))
        .orElseThrow(() -> new UnknownModuleException(id));
  }

  /** A changeable concept at the expected revision. */
  private static ModuleVersion concept(ModuleSession s, Actor actor, ModuleVersionId id, long expectedRevision) {
    ModuleVersion version = editable(s, actor, id);
    if (version.revision() != expectedRevision) {
      throw new ConcurrentModuleChangeException(version.dossier().title());
    }
    return version;
  }

  private static ModuleVersion editable(ModuleSession s, Actor actor, ModuleVersionId id) {
    ModuleVersion version = changeable(s, actor, id);
    if (!version.isEditable()) {
      throw new ModuleNotEditableException(version.status());
    }
    return version;
  }

  private static OrganisationId changeableModule(ModuleSession s, Actor actor, ModuleId module) {
    return s.organisationOf(module.value())
        .map(OrganisationId::new)
        .filter(owner -> mayChange(actor, owner))
        .orElseThrow(() -> new UnknownModuleException(module));
  }

  private static UUID account(Actor actor) {
    return actor.account().value();
  }

  // ---------------------------------------------------------------- modules

  @Override
  public ModuleVersion create(Actor actor, ModuleDossier dossier) {
    if (actor.organisation() == null || !mayChange(actor, actor.organisation())) {
      throw new UnknownModuleException(actor.organisation());
    }
    return repository.write(s -> newModule(s, actor, validated(s, dossier), null));
  }

  private ModuleVersion newModule(ModuleSession s, Actor actor, ModuleDossier dossier, ModuleVersion copiedFrom) {
    Instant now = clock.instant();
    UUID module = UUID.randomUUID();
    UUID version = UUID.randomUUID();
    s.insertModule(module, actor.organisation().value(), now);
    s.insertVersion(new ModuleSession.NewVersion(
        version, module, 1, ModuleVersionStatus.CONCEPT, dossier, Map.of(),
        copiedFrom == null ? null : copiedFrom.id().value(), account(actor), now));
    if (copiedFrom != null) {
      s.copyAttachments(copiedFrom.id().value(), version);
    }
    return s.version(version).orElseThrow();
  }

  @Override
  public ModuleVersion copyModule(Actor actor, ModuleId source, String newTitle) {
    return repository.write(s -> {
      changeableModule(s, actor, source);
      ModuleVersion newest = s.versions(source.value()).get(0);
      ModuleDossier d = newest.dossier();
      ModuleDossier copy = new ModuleDossier(newTitle, d.summary(), d.targetGroup(), d.entryRequirements(),
          d.educationalVision(), d.objectives(), d.coreContents(), d.teachingMethods(), d.assessmentMethods(),
          d.size(), d.workplaceTransfer(), d.trainers(), d.qualityAssurance(), d.deliveryMode(), d.language(),
          d.prices(), d.maxGroupSize(), List.of(), d.claims());
      return newModule(s, actor, copy, newest);
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ModuleSummary> modules(Actor actor) {
    UUID organisation;
    if (actor.hasRole(Role.BEHEERDER)) {
      organisation = null;
    } else if (actor.hasRole(Role.AANBIEDER) && actor.organisation() != null) {
      organisation = actor.organisation().value();
    } else {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return repository.read(s -> s.modules(organisation).stream()
        .map(module -> summary(s.versions(module), today))
        .filter(summary -> summary != null)
        .sorted(Comparator.comparing(ModuleSummary::updatedAt).reversed())
        .toList());
  }

  private static ModuleSummary summary(List<ModuleVersion> versions, LocalDate today) {
    if (versions.isEmpty()) {
      return null;
    }
    ModuleVersion latest = versions.get(0);
    Optional<ModuleVersion> accredited = versions.stream().filter(v -> v.status().isAccredited()).findFirst();
    LocalDate until = accredited.map(ModuleVersion::accreditedUntil).orElse(null);
    boolean actionNeeded = latest.status() == ModuleVersionStatus.CONCEPT
        || latest.status() == ModuleVersionStatus.AFGEWEZEN
        || (until != null && !until.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS)));
    Instant updatedAt = versions.stream().map(ModuleVersion::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
    return new ModuleSummary(latest.module(), latest.dossier().title(), latest.id(), latest.number(),
        latest.status(), latest.accreditationStage(), accredited.map(ModuleVersion::id).orElse(null), until,
        latest.dossier().claims().size(), updatedAt, actionNeeded);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ModuleVersion> versions(Actor actor, ModuleId module) {
    return repository.read(s -> {
      s.organisationOf(module.value())
          .map(OrganisationId::new)
          .filter(owner -> mayRead(actor, owner))
          .orElseThrow(() -> new UnknownModuleException(module));
      return s.versions(module.value());
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ModuleVersion version(Actor actor, ModuleVersionId version) {
    return repository.read(s -> readable(s, actor, version));
  }

  // ---------------------------------------------------------------- concepts

  @Override
  public ModuleVersion saveConcept(Actor actor, ModuleVersionId version, long expectedRevision,
      ModuleDossier dossier, Map<String, String> explanations) {
    return repository.write(s -> {
      ModuleVersion stored = concept(s, actor, version, expectedRevision);
      if (!s.updateConcept(version.value(), expectedRevision, validated(s, dossier), nonBlank(explanations),
          account(actor), clock.instant())) {
        throw new ConcurrentModuleChangeException(stored.dossier().title());
      }
      return s.version(version.value()).orElseThrow();
    });
  }

  /**
   * The dossier as stored: every claim names a competency of a framework that is not a concept,
   * levels of that competency's scale (a level item at its own ordinal) and behaviour examples of
   * its own; its hardToLearn flag is the frameworks'.
   *
   * @throws UnknownItemException naming the first item that does not fit
   */
  private static ModuleDossier validated(ModuleSession s, ModuleDossier dossier) {
    for (Claim claim : dossier.claims()) {
      ClaimOptions options = claimOptions(s, claim.competency());
      if ("CONCEPT".equals(s.frameworkStatus(options.competency().frameworkId().value()).orElse("CONCEPT"))) {
        throw new UnknownItemException(claim.competency().toString());
      }
      for (ClaimLevel level : List.of(claim.from(), claim.to())) {
        boolean fits = options.levels().isEmpty()
            ? level.item() == null && level.ordinal() <= DEFAULT_SCALE_TOP
            : level.ordinal() < options.levels().size()
                && (level.item() == null || options.levels().get(level.ordinal()).id().equals(level.item()));
        if (!fits) {
          throw new UnknownItemException(level.item() == null ? String.valueOf(level.ordinal()) : level.item().toString());
        }
      }
      Set<ItemId> own = options.behaviourExamples().stream().map(ItemSummary::id).collect(Collectors.toSet());
      for (ItemId example : claim.behaviourExamples()) {
        if (!own.contains(example)) {
          throw new UnknownItemException(example.toString());
        }
      }
    }
    return withFrameworkLearnability(s, dossier);
  }

  private static Map<String, String> nonBlank(Map<String, String> explanations) {
    Map<String, String> kept = new LinkedHashMap<>();
    explanations.forEach((id, text) -> {
      if (id != null && text != null && !text.isBlank()) {
        kept.put(id, text);
      }
    });
    return kept;
  }

  @Override
  public void deleteConcept(Actor actor, ModuleVersionId concept, long expectedRevision) {
    repository.write(s -> {
      ModuleVersion stored = concept(s, actor, concept, expectedRevision);
      s.lockModule(stored.module().value());
      if (!s.deleteVersion(concept.value(), expectedRevision)) {
        throw new ConcurrentModuleChangeException(stored.dossier().title());
      }
      if (s.versions(stored.module().value()).isEmpty()) {
        s.deleteModule(stored.module().value());
      }
      return null;
    });
  }

  @Override
  public ModuleVersion newVersion(Actor actor, ModuleId module) {
    return repository.write(s -> {
      changeableModule(s, actor, module);
      s.lockModule(module.value());
      List<ModuleVersion> versions = s.versions(module.value());
      Optional<ModuleVersion> concept = versions.stream().filter(ModuleVersion::isEditable).findFirst();
      if (concept.isPresent()) {
        return concept.get();
      }
      ModuleVersion newest = versions.get(0);
      if (newest.status() == ModuleVersionStatus.INGEDIEND) {
        // under review: the accreditation may still return it to the provider as a concept
        throw new ModuleNotEditableException(newest.status());
      }
      UUID id = UUID.randomUUID();
      s.insertVersion(new ModuleSession.NewVersion(id, module.value(), newest.number() + 1,
          ModuleVersionStatus.CONCEPT, newest.dossier(), newest.explanations(), newest.id().value(),
          account(actor), clock.instant()));
      s.copyAttachments(newest.id().value(), id);
      return s.version(id).orElseThrow();
    });
  }

  // ---------------------------------------------------------------- check and submit

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CheckReport check(ModuleDossier dossier) {
    return repository.read(s -> SubmissionCheck.check(withFrameworkLearnability(s, dossier)));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CheckReport check(Actor actor, ModuleVersionId version) {
    return repository.read(s -> SubmissionCheck.check(withFrameworkLearnability(s, readable(s, actor, version).dossier())));
  }

  /** The dossier with each claim's hardToLearn flag as the frameworks say, whatever was set. */
  static ModuleDossier withFrameworkLearnability(ModuleSession s, ModuleDossier d) {
    Set<UUID> competencies = d.claims().stream().map(c -> c.competency().value()).collect(Collectors.toSet());
    Set<UUID> hard = s.hardToLearn(competencies);
    List<Claim> claims = d.claims().stream()
        .map(c -> new Claim(c.competency(), c.from(), c.to(), c.behaviourExamples(), c.evidence(),
            hard.contains(c.competency().value())))
        .toList();
    return new ModuleDossier(d.title(), d.summary(), d.targetGroup(), d.entryRequirements(),
        d.educationalVision(), d.objectives(), d.coreContents(), d.teachingMethods(), d.assessmentMethods(),
        d.size(), d.workplaceTransfer(), d.trainers(), d.qualityAssurance(), d.deliveryMode(), d.language(),
        d.prices(), d.maxGroupSize(), d.offerings(), claims);
  }

  @Override
  public ModuleVersion submit(Actor actor, ModuleVersionId version, long expectedRevision) {
    Instant now = clock.instant();
    ModuleVersion result = repository.write(s -> {
      ModuleVersion stored = concept(s, actor, version, expectedRevision);
      if (!"ACTIEF".equals(s.organisationStatus(stored.provider().value()).orElse(null))) {
        throw SubmissionRefusedException.providerNotApproved();
      }
      CheckReport report = SubmissionCheck.check(withFrameworkLearnability(s, stored.dossier()));
      if (!report.isSubmissionAllowed(stored.explanations())) {
        throw new SubmissionRefusedException(report, stored.explanations());
      }
      Map<String, String> explanations = new LinkedHashMap<>(stored.explanations());
      explanations.keySet().removeAll(report.staleExplanations(stored.explanations()));
      if (!s.submit(version.value(), expectedRevision, report, explanations, account(actor), now)) {
        throw new ConcurrentModuleChangeException(stored.dossier().title());
      }
      return s.version(version.value()).orElseThrow();
    });
    submitted.fire(new ModuleVersionSubmitted(result.id(), result.module(), result.provider(), result.number(), now));
    return result;
  }

  // ---------------------------------------------------------------- material change

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MaterialChangeVerdict> changeVerdict(Actor actor, ModuleVersionId concept, ModuleDossier proposed) {
    return repository.read(s -> accreditedVersion(s, readable(s, actor, concept).module())
        .map(accredited -> MaterialChangeRule.compare(accredited.dossier(), proposed)));
  }

  private static Optional<ModuleVersion> accreditedVersion(ModuleSession s, ModuleId module) {
    return s.versions(module.value()).stream().filter(v -> v.status().isAccredited()).findFirst();
  }

  @Override
  public ModuleVersion publishDirectly(Actor actor, ModuleVersionId concept, long expectedRevision) {
    Instant now = clock.instant();
    ModuleVersion[] replaced = new ModuleVersion[1];
    ModuleVersion result = repository.write(s -> {
      ModuleVersion stored = concept(s, actor, concept, expectedRevision);
      s.lockModule(stored.module().value());
      ModuleVersion accredited = accreditedVersion(s, stored.module())
          .orElseThrow(SubmissionRefusedException::notAccredited);
      if (MaterialChangeRule.compare(accredited.dossier(), stored.dossier()).needsAccreditation()) {
        throw SubmissionRefusedException.needsAccreditation();
      }
      // the old version first: at most one accredited version per module
      s.changeStatus(accredited.id().value(), null, ModuleVersionStatus.VERVANGEN, account(actor), now);
      if (!s.changeStatus(concept.value(), expectedRevision, ModuleVersionStatus.GEACCREDITEERD, account(actor), now)) {
        throw new ConcurrentModuleChangeException(stored.dossier().title());
      }
      s.accredit(concept.value(), accredited.accreditedUntil(), now);
      s.copyAcceptance(accredited.id().value(), concept.value());
      replaced[0] = accredited;
      return s.version(concept.value()).orElseThrow();
    });
    published.fire(new ModuleVersionPublished(result.id(), replaced[0].id(), now));
    return result;
  }

  // ---------------------------------------------------------------- attachments

  @Override
  public AttachmentSummary addAttachment(Actor actor, ModuleVersionId version, AttachmentKind kind,
      String fileName, byte[] content) {
    String name = cleanFileName(fileName);
    // refuse before touching the database: a refused upload stores nothing
    if (content.length == 0) {
      throw new InvalidAttachmentException(InvalidAttachmentException.EMPTY_KEY, name);
    }
    if (content.length > MAX_ATTACHMENT_BYTES) {
      throw new InvalidAttachmentException(InvalidAttachmentException.TOO_LARGE_KEY, name, MAX_ATTACHMENT_MB);
    }
    String mediaType = AttachmentTypes.detect(content)
        .orElseThrow(() -> new InvalidAttachmentException(InvalidAttachmentException.WRONG_TYPE_KEY, name));
    return repository.write(s -> {
      editable(s, actor, version);
      var summary = new AttachmentSummary(AttachmentId.random(), kind, name, mediaType, content.length,
          sha256(content), clock.instant());
      s.insertAttachment(version.value(), summary, content);
      return summary;
    });
  }

  /** The name without any path a browser sent, trimmed to the column's length. */
  static String cleanFileName(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
    name = name.replaceAll("\\p{Cntrl}", "");
    if (name.isEmpty()) {
      name = "bijlage";
    }
    return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void removeAttachment(Actor actor, ModuleVersionId version, AttachmentId attachment) {
    repository.write(s -> {
      editable(s, actor, version);
      if (!s.deleteAttachment(version.value(), attachment.value())) {
        throw new UnknownModuleException(attachment);
      }
      return null;
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AttachmentContent attachment(Actor actor, AttachmentId attachment) {
    return repository.read(s -> s.attachment(attachment.value())
        .filter(found -> s.version(found.getKey()).filter(v -> mayRead(actor, v.provider())).isPresent())
        .map(Map.Entry::getValue)
        .orElseThrow(() -> new UnknownModuleException(attachment)));
  }

  // ---------------------------------------------------------------- claims and public view

  /**
   * {@inheritDoc}
   *
   * <p>The levels are the LEVEL items the competency names with {@code hasSkillLevel}, else its
   * framework's LEVEL items, ordered by {@code scaleValue}. A framework without a scale gives an
   * empty list: the web module then offers Basis, Vakbekwaam and Vakvolwassen as ordinals 0..2.
   *
   * @throws UnknownItemException when the item does not exist or is not a competency
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ClaimOptions claimOptions(ItemId competency) {
    return repository.read(s -> claimOptions(s, competency));
  }

  private static ClaimOptions claimOptions(ModuleSession s, ItemId competency) {
    ItemSummary item = s.item(competency.value())
        .filter(i -> i.type() == ItemType.COMPETENCY)
        .orElseThrow(() -> new UnknownItemException(competency.toString()));
    List<ItemSummary> levels = s.skillLevels(competency.value());
    if (levels.isEmpty()) {
      levels = s.frameworkLevels(item.frameworkId().value());
    }
    return new ClaimOptions(item, item.frameworkCode(), levels, s.behaviourExamples(competency.value()),
        s.hardToLearn(Set.of(competency.value())).contains(competency.value()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Not public: the explanations of check warnings (for the auditor) and every attachment except
   * the syllabus (trainer CVs hold personal data).
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ModuleVersion publicView(Actor actorOrNull, ModuleVersionId version) {
    return repository.read(s -> {
      ModuleVersion v = s.version(version.value())
          .filter(found -> found.status().isAccredited() || mayRead(actorOrNull, found.provider()))
          .orElseThrow(() -> new UnknownModuleException(version));
      List<AttachmentSummary> publicAttachments = new ArrayList<>();
      v.attachments().stream().filter(a -> a.kind() == AttachmentKind.SYLLABUS).forEach(publicAttachments::add);
      return new ModuleVersion(v.id(), v.module(), v.provider(), v.providerName(), v.number(), v.status(),
          v.accreditationStage(), v.revision(), v.dossier(), Map.of(), publicAttachments, v.basedOn(),
          v.createdAt(), v.updatedAt(), v.submittedAt(), v.accreditedUntil());
    });
  }
}
