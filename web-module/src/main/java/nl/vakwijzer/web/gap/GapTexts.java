package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.GapReason;
import nl.vakwijzer.catalogue.api.gap.LearnabilityAdvice;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.web.shared.Bundle;

/**
 * Turns the gap service's ids, level ordinals and reason keys into the Dutch (or English) texts of
 * the gemeente pages: competency codes and names, level names of each competency's own scale, and
 * the explanation of every ranking reason.
 */
@jakarta.inject.Named
@RequestScoped
public class GapTexts {
  @Inject FrameworkService frameworks;
  @Inject ModuleService modules;

  private final Map<ItemId, ItemSummary> items = new HashMap<>();
  private final Map<ItemId, List<String>> levels = new HashMap<>();
  private Locale locale;

  public Locale locale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      locale = Bundle.supported(context == null || context.getViewRoot() == null ? null : context.getViewRoot().getLocale());
    }
    return locale;
  }

  /** For use outside Faces (mail, exports): fixes the language. */
  public GapTexts in(Locale value) {
    this.locale = Bundle.supported(value);
    return this;
  }

  public String text(String key, Object... arguments) {
    return Bundle.text(locale(), key, arguments);
  }

  public ItemSummary item(ItemId id) {
    return items.computeIfAbsent(id, i -> frameworks.findItem(i).map(ItemDetail::item).orElse(null));
  }

  /** "SV.C4" */
  public String code(ItemId id) {
    ItemSummary item = item(id);
    return item == null ? String.valueOf(id) : item.humanCode();
  }

  /** The competency's short name, e.g. "Probleemanalyse". */
  public String name(ItemId id) {
    ItemSummary item = item(id);
    return item == null ? String.valueOf(id) : item.label();
  }

  /** "SV.C4 Probleemanalyse" */
  public String label(ItemId id) {
    return code(id) + " " + name(id);
  }

  /** The level names of a competency's scale, lowest first. */
  public List<String> levelNames(ItemId competency) {
    return levels.computeIfAbsent(competency, c -> {
      try {
        ClaimOptions options = modules.claimOptions(c);
        if (!options.levels().isEmpty()) {
          return options.levels().stream().map(ItemSummary::label).toList();
        }
      } catch (RuntimeException e) {
        // not a competency with a scale: the default names below
      }
      return List.of("Basis", "Vakbekwaam", "Vakvolwassen");
    });
  }

  /** A level's name on the competency's scale; "onder Basis" for -1, "niet beoordeeld" for null. */
  public String level(ItemId competency, Integer ordinal) {
    if (ordinal == null) {
      return text("gemeente.level.notAssessed");
    }
    if (ordinal == TeamState.BELOW_BASIS) {
      return text("gemeente.level.belowBasis");
    }
    List<String> names = levelNames(competency);
    return ordinal >= 0 && ordinal < names.size() ? names.get(ordinal) : String.valueOf(ordinal);
  }

  public String money(BigDecimal amount) {
    if (amount == null) {
      return text("gemeente.money.unknown");
    }
    return NumberFormat.getCurrencyInstance(locale().getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL"))
        .format(amount)
        .replace("£", "€ ");
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
  }

  /** One reason of a ranked module in words. */
  public String reason(GapReason reason) {
    List<Object> a = reason.arguments();
    return switch (reason.key()) {
      case GapReason.CLOSES, GapReason.PARTIAL -> {
        ItemId c = (ItemId) a.get(0);
        yield text(reason.key(), name(c), level(c, ordinal(a.get(1))), level(c, ordinal(a.get(2))), a.get(3), a.get(4));
      }
      case GapReason.BEHAVIOUR_EXAMPLES -> text(reason.key(), name((ItemId) a.get(0)), examples((Collection<?>) a.get(1)));
      case GapReason.EQUIVALENT -> text(reason.key(), name((ItemId) a.get(0)), label((ItemId) a.get(1)));
      case GapReason.LEARNING_FORM -> text(reason.key(), name((ItemId) a.get(0)), forms((Collection<?>) a.get(1)));
      case GapReason.COURSE_ALONE -> text(reason.key(), name((ItemId) a.get(0)));
      case GapReason.NEXT_OFFERING -> text(reason.key(), date((LocalDate) a.get(0)),
          a.get(1) == null ? text("gap.reason.nextOffering.online") : a.get(1));
      default -> text(reason.key(), a.toArray());
    };
  }

  /** A level argument: a {@link ClaimLevel} or a plain ordinal. */
  private static Integer ordinal(Object level) {
    if (level instanceof ClaimLevel claimLevel) {
      return claimLevel.ordinal();
    }
    return level instanceof Number n ? n.intValue() : null;
  }

  /** All reasons of a result, joined into one Dutch sentence per line. */
  public List<String> reasons(List<GapReason> reasons) {
    return reasons.stream().map(r -> {
      try {
        return reason(r);
      } catch (RuntimeException e) {
        return text(r.key()); // an unexpected argument shape must not break the page
      }
    }).toList();
  }

  public String advice(LearnabilityAdvice advice) {
    return text(LearnabilityAdvice.KEY, name(advice.competency()), forms(advice.fittingForms()));
  }

  /** "1, 3 en 5": the examples' positions (their code's last part). */
  public String examples(Collection<?> ids) {
    List<String> parts = new ArrayList<>();
    for (Object id : ids) {
      String code = code((ItemId) id);
      int dot = code.lastIndexOf('.');
      parts.add(dot >= 0 ? code.substring(dot + 1) : code);
    }
    return joined(parts);
  }

  public String forms(Collection<?> kinds) {
    List<String> parts = new ArrayList<>();
    for (Object kind : kinds) {
      String name = kind instanceof TeachingMethodKind k ? k.name() : String.valueOf(kind);
      parts.add(text("catalogue.provider.teachingMethod." + name).toLowerCase(locale()));
    }
    return joined(parts);
  }

  private String joined(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + text("gemeente.and") + " "
        + parts.get(parts.size() - 1);
  }
}
