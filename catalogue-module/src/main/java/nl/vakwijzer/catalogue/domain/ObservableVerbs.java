package nl.vakwijzer.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a Dutch learning objective names an observable action: something an assessor can
 * see or hear the participant do ("benoemt", "past … toe", "kan een plan opstellen").
 *
 * <p>Verbs of mere knowing or understanding ("begrijpen", "kennen", "weten", "inzicht hebben (in)",
 * "bewust zijn") are not observable; they are not on the list, so an objective that uses only them
 * is reported. An objective that combines one with an observable verb ("begrijpt en benoemt") is
 * accepted.
 *
 * <p>Each verb on the list is given by its infinitive and its third-person-singular present form,
 * with a separable particle (scheidbaar deel) marked by {@code +}: {@code "toe+passen past"}. A
 * particle may be more than one word ({@code "in kaart+brengen brengt"}). The forms recognised are:
 *
 * <ul>
 *   <li>infinitive, also as plural present and after "kan"/"kunnen"/"om … te": {@code benoemen},
 *       {@code toepassen}, {@code toe te passen}, {@code in kaart brengen};
 *   <li>third person singular: {@code benoemt}; with a separable verb either split, the particle
 *       later in the sentence ({@code past de methode toe}), or joined in a subordinate clause
 *       ({@code die hij toepast});
 *   <li>plural present of a separable verb, split: {@code passen de methode toe}.
 * </ul>
 *
 * <p>Limits, deliberately accepted: no past tense or past participle ({@code benoemde}, {@code
 * heeft toegepast}), no first person or imperative stem ({@code benoem}), no nouns ({@code
 * toepassing}), and no meaning: a listed verb used in a non-observable sense still counts, and a
 * split particle anywhere after the verb counts ({@code past goed op toe} is accepted). Verbs
 * missing from the list produce a warning, which the provider can explain; the list is meant to
 * grow.
 */
public final class ObservableVerbs {

  /** Verbs of knowing and understanding that alone do not make an objective observable. */
  public static final List<String> NOT_OBSERVABLE =
      List.of(
          "begrijpen",
          "kennen",
          "weten",
          "inzicht hebben",
          "bewust zijn",
          "snappen",
          "beseffen",
          "zich realiseren",
          "begrip hebben",
          "kennis hebben",
          "vertrouwd zijn",
          "op de hoogte zijn",
          "waarderen");

  private static final List<String> VERBS =
      List.of(
          "aan+geven geeft",
          "aan+passen past",
          "aan+tonen toont",
          "activeren activeert",
          "adviseren adviseert",
          "af+wegen weegt",
          "analyseren analyseert",
          "beargumenteren beargumenteert",
          "begeleiden begeleidt",
          "bemiddelen bemiddelt",
          "benaderen benadert",
          "benoemen benoemt",
          "beoordelen beoordeelt",
          "berekenen berekent",
          "beschrijven beschrijft",
          "beslissen beslist",
          "besluiten besluit",
          "bespreken bespreekt",
          "bij+stellen stelt",
          "classificeren classificeert",
          "coachen coacht",
          "communiceren communiceert",
          "controleren controleert",
          "de-escaleren de-escaleert",
          "demonstreren demonstreert",
          "documenteren documenteert",
          "door+verwijzen verwijst",
          "door+vragen vraagt",
          "evalueren evalueert",
          "feedback+geven geeft",
          "formuleren formuleert",
          "gebruiken gebruikt",
          "handelen handelt",
          "hanteren hanteert",
          "herformuleren herformuleert",
          "herkennen herkent",
          "identificeren identificeert",
          "in kaart+brengen brengt",
          "in+zetten zet",
          "informeren informeert",
          "instrueren instrueert",
          "interpreteren interpreteert",
          "interviewen interviewt",
          "inventariseren inventariseert",
          "kiezen kiest",
          "maken maakt",
          "meten meet",
          "motiveren motiveert",
          "noemen noemt",
          "observeren observeert",
          "onderbouwen onderbouwt",
          "onderhandelen onderhandelt",
          "onderscheiden onderscheidt",
          "ondersteunen ondersteunt",
          "ontwerpen ontwerpt",
          "ontwikkelen ontwikkelt",
          "op+lossen lost",
          "op+noemen noemt",
          "op+sommen somt",
          "op+stellen stelt",
          "ordenen ordent",
          "organiseren organiseert",
          "plannen plant",
          "presenteren presenteert",
          "prioriteren prioriteert",
          "rapporteren rapporteert",
          "reflecteren reflecteert",
          "registreren registreert",
          "samen+vatten vat",
          "samen+werken werkt",
          "schrijven schrijft",
          "selecteren selecteert",
          "signaleren signaleert",
          "stimuleren stimuleert",
          "structureren structureert",
          "terug+koppelen koppelt",
          "toe+lichten licht",
          "toe+passen past",
          "toetsen toetst",
          "tonen toont",
          "uit+leggen legt",
          "uit+voeren voert",
          "uit+werken werkt",
          "vast+leggen legt",
          "vast+stellen stelt",
          "verantwoorden verantwoordt",
          "vergelijken vergelijkt",
          "verklaren verklaart",
          "verwijzen verwijst",
          "voeren voert",
          "voor+bereiden bereidt",
          "voor+lichten licht");

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  private static final List<Verb> PARSED = VERBS.stream().map(Verb::parse).toList();

  private ObservableVerbs() {}

  /** The verbs on the list, as infinitives ({@code "toepassen"}, {@code "in kaart brengen"}). */
  public static List<String> infinitives() {
    return PARSED.stream().map(Verb::infinitive).toList();
  }

  /**
   * For each listed verb, a main clause in the third person singular, with a separable particle
   * split off to the end ({@code "hij past het toe"}); for tests of the list itself.
   */
  static List<String> thirdPersonSentences() {
    return PARSED.stream()
        .map(
            verb ->
                verb.particle().isEmpty()
                    ? "hij " + verb.third() + " het"
                    : "hij " + verb.third() + " het " + String.join(" ", verb.particle()))
        .toList();
  }

  /** Whether the text contains an observable verb in a recognised form. */
  public static boolean isObservable(String objective) {
    return firstObservableVerb(objective).isPresent();
  }

  /** The infinitive of the first listed verb (in list order) found in the text, if any. */
  public static Optional<String> firstObservableVerb(String objective) {
    if (objective == null || objective.isBlank()) {
      return Optional.empty();
    }
    List<String> tokens = tokens(objective);
    return PARSED.stream().filter(verb -> verb.occursIn(tokens)).map(Verb::infinitive).findFirst();
  }

  static List<String> tokens(String text) {
    var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    var tokens = new ArrayList<String>();
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** A listed verb: particle words (empty when not separable), base infinitive, 3rd person sg. */
  private record Verb(List<String> particle, String base, String third) {

    static Verb parse(String entry) {
      String[] parts = entry.split(" (?=[^ ]+$)");
      String infinitive = parts[0];
      String third = parts[1];
      int plus = infinitive.indexOf('+');
      if (plus < 0) {
        return new Verb(List.of(), infinitive, third);
      }
      return new Verb(
          Arrays.asList(infinitive.substring(0, plus).split(" ")),
          infinitive.substring(plus + 1),
          third);
    }

    String infinitive() {
      if (particle.isEmpty()) {
        return base;
      }
      return particle.size() == 1
          ? particle.get(0) + base
          : String.join(" ", particle) + " " + base;
    }

    boolean occursIn(List<String> tokens) {
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        boolean finiteOrInfinitive = token.equals(base) || token.equals(third);
        if (particle.isEmpty()) {
          if (finiteOrInfinitive) {
            return true;
          }
          continue;
        }
        if (particle.size() == 1
            && (token.equals(particle.get(0) + base) || token.equals(particle.get(0) + third))) {
          return true; // joined: toepassen, toepast
        }
        if (startsAt(tokens, i, particle)) {
          int after = i + particle.size();
          if (after < tokens.size() && isBaseOrThird(tokens.get(after))) {
            return true; // in kaart brengen, in kaart brengt
          }
          if (after + 1 < tokens.size()
              && tokens.get(after).equals("te")
              && tokens.get(after + 1).equals(base)) {
            return true; // toe te passen, in kaart te brengen
          }
        }
        if (finiteOrInfinitive && occursAfter(tokens, i + 1, particle)) {
          return true; // split: past de methode toe, passen de methode toe
        }
      }
      return false;
    }

    private boolean isBaseOrThird(String token) {
      return token.equals(base) || token.equals(third);
    }

    private static boolean occursAfter(List<String> tokens, int from, List<String> words) {
      for (int j = from; j < tokens.size(); j++) {
        if (startsAt(tokens, j, words)) {
          return true;
        }
      }
      return false;
    }

    private static boolean startsAt(List<String> tokens, int start, List<String> words) {
      if (start + words.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.get(start + k).equals(words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }
}
