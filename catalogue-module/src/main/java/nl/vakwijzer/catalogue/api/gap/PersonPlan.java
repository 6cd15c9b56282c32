package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/** What one person follows in the learning path, in path order. */
public record PersonPlan(PersonLabel person, List<ModuleVersionId> modules) {
  public PersonPlan {
    modules = List.copyOf(modules);
  }
}
