package nl.vakwijzer.accreditation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.vakwijzer.catalogue.api.ModuleDossier;

/**
 * The parts of a module dossier the assessment criteria look at, and which criterion depends on
 * which parts. A renewal may carry a score over only when none of its criterion's parts changed; a
 * criterion the table does not know (added in a later framework version) depends on every part.
 */
public final class DossierParts {
  private static final Map<String, Function<ModuleDossier, Object>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("targetGroup", d -> List.of(d.targetGroup(), d.entryRequirements()));
    PARTS.put("educationalVision", ModuleDossier::educationalVision);
    PARTS.put("objectives", ModuleDossier::objectives);
    PARTS.put("coreContents", ModuleDossier::coreContents);
    PARTS.put("teachingMethods", ModuleDossier::teachingMethods);
    PARTS.put("assessmentMethods", ModuleDossier::assessmentMethods);
    PARTS.put("size", ModuleDossier::size);
    PARTS.put("workplaceTransfer", ModuleDossier::workplaceTransfer);
    PARTS.put("trainers", ModuleDossier::trainers);
    PARTS.put("qualityAssurance", ModuleDossier::qualityAssurance);
  }

  private static final Map<String, Set<String>> CRITERION_PARTS = Map.ofEntries(
      Map.entry("CUR-VISIE", Set.of("educationalVision")),
      Map.entry("CUR-DOELEN", Set.of("objectives")),
      Map.entry("CUR-KERNINHOUD", Set.of("coreContents")),
      Map.entry("CUR-WERKVORM", Set.of("teachingMethods")),
      Map.entry("CUR-TOETSING", Set.of("assessmentMethods")),
      Map.entry("TRN-KWALIFICATIE", Set.of("trainers")),
      Map.entry("KWB-EVALUATIE", Set.of("qualityAssurance")),
      Map.entry("KWB-VERBETERCYCLUS", Set.of("qualityAssurance")),
      Map.entry("KWB-KLACHTEN", Set.of("qualityAssurance")),
      Map.entry("EFF-ACTIEF", Set.of("teachingMethods", "coreContents")),
      Map.entry("EFF-REFLECTIE", Set.of("teachingMethods", "coreContents")),
      Map.entry("EFF-GEDRAG", Set.of("teachingMethods", "coreContents")),
      Map.entry("EFF-OMVANG", Set.of("size")),
      Map.entry("EFF-TRANSFER", Set.of("workplaceTransfer")),
      Map.entry("EFF-AANSLUITING", Set.of("targetGroup", "objectives", "coreContents")));

  private DossierParts() {}

  /** The names of the parts that differ between the two dossiers, in a fixed order. */
  public static List<String> changed(ModuleDossier before, ModuleDossier after) {
    List<String> changed = new ArrayList<>();
    PARTS.forEach((name, part) -> {
      if (!part.apply(before).equals(part.apply(after))) {
        changed.add(name);
      }
    });
    return changed;
  }

  /** Whether the criterion depends on none of the changed parts. */
  public static boolean unaffected(String criterionCode, List<String> changedParts) {
    Set<String> parts = CRITERION_PARTS.getOrDefault(criterionCode, PARTS.keySet());
    return changedParts.stream().noneMatch(parts::contains);
  }
}
