package nl.vakwijzer.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservableVerbsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "De deelnemer benoemt drie kenmerken van schulden.|benoemen",
        "Beschrijft de stappen van de Participatiewet.|beschrijven",
        "Analyseert een casus met meervoudige problematiek.|analyseren",
        "De klantmanager onderscheidt hulpvragen van klachten.|onderscheiden",
        "Formuleert een SMART-doel samen met de klant.|formuleren",
        "Kan signalen van huiselijk geweld herkennen.|herkennen",
        "Kan een trajectplan opstellen.|opstellen",
        "Is in staat om de meldcode toe te passen.|toepassen",
        "De deelnemers presenteren hun plan aan de groep.|presenteren",
        "Evalueert het traject met de klant.|evalueren",
        "Adviseert de werkgever over loonkostensubsidie.|adviseren",
        "Motiveert zijn keuze in een rapportage.|motiveren",
        "Voert een keukentafelgesprek.|voeren",
        "Demonstreert de techniek in een rollenspel.|demonstreren",
        "Plant de vervolgafspraken.|plannen",
        "Rapporteert bevindingen aan de casusregisseur.|rapporteren",
        "Organiseert een netwerkoverleg.|organiseren",
        "Bespreekt de uitkomst met de klant.|bespreken",
        "Kan de-escaleren bij agressie.|de-escaleren",
        "BENOEMT de risico's.|benoemen"
      })
  void recognisesInfinitivesAndThirdPersonSingular(String objective, String verb) {
    assertThat(ObservableVerbs.firstObservableVerb(objective)).contains(verb);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "De deelnemer past de methodiek van oplossingsgericht werken toe.|toepassen",
        "Voert het gesprek volgens het vijffasenmodel uit.|uitvoeren",
        "Stelt een plan van aanpak op.|opstellen",
        "Legt de regels van de Participatiewet uit aan de klant.|uitleggen",
        "Brengt de financiële situatie in kaart.|in kaart brengen",
        "Kan de situatie in kaart brengen.|in kaart brengen",
        "Is in staat de situatie in kaart te brengen.|in kaart brengen",
        "Zet gesprekstechnieken doelgericht in.|inzetten",
        "De deelnemers passen de meldcode toe.|toepassen",
        "Laat zien dat hij het model toepast.|toepassen",
        "Kan de casus toelichten.|toelichten",
        "Licht de keuze toe.|toelichten"
      })
  void recognisesSeparableVerbsSplitOrJoined(String objective, String verb) {
    assertThat(ObservableVerbs.firstObservableVerb(objective)).contains(verb);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "De deelnemer begrijpt de Participatiewet.",
        "Kent de sociale kaart van de gemeente.",
        "Weet wat de meldcode inhoudt.",
        "Heeft inzicht in de eigen gespreksstijl.",
        "Is zich bewust van de eigen rol.",
        "Heeft kennis van schuldhulpverlening.",
        "Is op de hoogte van de nieuwste regelgeving.",
        "Begrijpt het belang van toepassing van de wet.",
        "Snapt de samenhang tussen de wetten.",
        ""
      })
  void refusesKnowingAndUnderstandingAlone(String objective) {
    assertThat(ObservableVerbs.isObservable(objective)).isFalse();
  }

  @Test
  void acceptsUnderstandingCombinedWithAnObservableVerb() {
    assertThat(ObservableVerbs.isObservable("Begrijpt de wet en past die toe in een casus."))
        .isTrue();
  }

  @Test
  void aParticleAloneOrAVerbWithoutItsParticleIsNotEnough() {
    // "past bij" is "fits", not "toepassen"; "toe" before the verb is not the split form
    assertThat(ObservableVerbs.isObservable("Het aanbod past bij de doelgroep.")).isFalse();
    assertThat(ObservableVerbs.isObservable("Toe aan de volgende stap.")).isFalse();
  }

  @Test
  void herkennenIsObservableWhileKennenIsNot() {
    assertThat(ObservableVerbs.isObservable("Herkent signalen van armoede.")).isTrue();
    assertThat(ObservableVerbs.isObservable("Kent signalen van armoede.")).isFalse();
  }

  @Test
  void documentedLimitsPastTenseAndNounsAreNotRecognised() {
    assertThat(ObservableVerbs.isObservable("Heeft de methode toegepast.")).isFalse();
    assertThat(ObservableVerbs.isObservable("Toepassing van de meldcode.")).isFalse();
  }

  @Test
  void noVerbOfKnowingIsOnTheObservableList() {
    assertThat(ObservableVerbs.infinitives())
        .doesNotContainAnyElementsOf(ObservableVerbs.NOT_OBSERVABLE);
    assertThat(ObservableVerbs.infinitives())
        .contains(
            "benoemen",
            "beschrijven",
            "toepassen",
            "uitvoeren",
            "voeren",
            "analyseren",
            "formuleren",
            "opstellen",
            "signaleren",
            "motiveren",
            "adviseren",
            "onderscheiden",
            "herkennen",
            "demonstreren",
            "evalueren",
            "rapporteren",
            "plannen",
            "organiseren",
            "bespreken",
            "presenteren")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyListedVerbIsRecognisedAsInfinitiveAndInTheThirdPerson() {
    assertThat(ObservableVerbs.infinitives())
        .allSatisfy(
            verb -> {
              assertThat(ObservableVerbs.isObservable("De deelnemer kan het " + verb + "."))
                  .as(verb)
                  .isTrue();
            });
    assertThat(ObservableVerbs.thirdPersonSentences())
        .hasSameSizeAs(ObservableVerbs.infinitives())
        .allSatisfy(
            sentence -> assertThat(ObservableVerbs.isObservable(sentence)).as(sentence).isTrue());
  }

  @Test
  void theThirdPersonFormsAreRegularDutch() {
    // spot checks on the hand-written forms: d-stems keep their d, v becomes f, long vowels double
    assertThat(ObservableVerbs.thirdPersonSentences())
        .contains(
            "hij onderscheidt het",
            "hij begeleidt het",
            "hij beschrijft het",
            "hij analyseert het",
            "hij bespreekt het",
            "hij past het toe",
            "hij brengt het in kaart");
  }
}
