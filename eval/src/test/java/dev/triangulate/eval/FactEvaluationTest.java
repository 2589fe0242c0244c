package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How predicted places are compared with GVA's city_or_county, and when a text covers it. */
class FactEvaluationTest {
    @Test
    void placesCompareByNameNotSpelling() {
        assertThat(FactEvaluation.samePlace("St. Louis", "Saint Louis")).isTrue();
        assertThat(FactEvaluation.samePlace("Mt. Juliet", "Mount Juliet")).isTrue();
        assertThat(FactEvaluation.samePlace("LaSalle", "La Salle")).isTrue();
        assertThat(FactEvaluation.samePlace("Washington, D.C.", "Washington")).isTrue();
        assertThat(FactEvaluation.samePlace("Brazos County", "Brazos (county)")).isTrue();
        assertThat(FactEvaluation.samePlace("Pine Hills", "Orlando (Pine Hills)")).isTrue();
        assertThat(FactEvaluation.samePlace("Redford", "Redford Twp (Redford Charter Township)")).isTrue();
        assertThat(FactEvaluation.samePlace("North Charleston", "Charleston")).isFalse();
        assertThat(FactEvaluation.samePlace("Salem", "Winston-Salem")).isFalse();
    }

    @Test
    void aCityIsCoveredWhenATextNamesItOrAnAlternative() {
        assertThat(FactEvaluation.Coverage.place("A man was shot in St. Louis on Monday.", "Saint Louis")).isTrue();
        assertThat(FactEvaluation.Coverage.place("Deputies went to Pine Hills.", "Orlando (Pine Hills)")).isTrue();
        assertThat(FactEvaluation.Coverage.place("A man was shot in Salem.", "Winston-Salem")).isFalse();
        assertThat(FactEvaluation.Coverage.place("Shots in Salemburg.", "Salem")).isFalse();
    }

    @Test
    void aRankBeforeARecordedNameIsNoFirstName() {
        assertThat(FactEvaluation.sameName("Garrett Swasey", "Officer Garrett Swasey")).isTrue();
        assertThat(FactEvaluation.sameName("Jason Weiland", "Det Jason Weiland")).isTrue();
        assertThat(FactEvaluation.sameName("Bill Zigan", "Deputy William Zigan")).isFalse(); // a nickname stays a miss
        assertThat(FactEvaluation.sameName("Mark Smith", "Sgt. Jane Smith")).isFalse();
        assertThat(FactEvaluation.sameName("Officer Smith", "Officer Jane Smith")).isTrue();
        assertThat(FactEvaluation.sameName("David Wyatt", "Marine Staff Sgt David A. Wyatt")).isTrue();
        assertThat(FactEvaluation.sameName("Ronald Kienzle", "Court Officer Ronald Eugene Kienzle")).isTrue();
    }

    @Test
    void aFirstNameThatIsTheOthersMiddleNameIsTheSamePerson() {
        assertThat(FactEvaluation.sameName("Cade Booher", "William Cade Booher")).isTrue();
        assertThat(FactEvaluation.sameName("James Roy Ralston", "Roy Ralston")).isTrue();
        assertThat(FactEvaluation.sameName("Cade Booher", "William Carl Booher")).isFalse();
        assertThat(FactEvaluation.sameName("W. Booher", "William Cade Booher")).isTrue(); // the first initial
        assertThat(FactEvaluation.sameName("C. Booher", "William Cade Booher")).isFalse(); // an initial is no middle name
    }

    @Test
    void aNameIsInTheTextsAsAWholeWord() {
        assertThat(FactEvaluation.Coverage.word("the fleet left", "lee")).isFalse();
        assertThat(FactEvaluation.Coverage.word("said lee, 23.", "lee")).isTrue();
        assertThat(FactEvaluation.Coverage.word("o'neal was shot", "o'neal")).isTrue();
    }

    @Test
    void namesAreTalliedOneToOneAndAnIncidentIsCoveredWhenTheTextsGiveARecordName() {
        String text = "john smith, 23, and his cousin mary smith were shot. police named the gunman as al brown.";
        var t = FactEvaluation.NameTally.of(List.of("John Smith", "Mary Smith", "Kay Jones"),
                List.of("John Smith", "Mary Smith", "Al Brown"), text);
        assertThat(t.hits()).isEqualTo(2);
        assertThat(t.wrong()).isEqualTo(1);
        assertThat(t.misses()).isEqualTo(1);
        assertThat(t.missesInTexts()).isZero(); // "Jones" is not in the texts
        assertThat(t.inTexts()).isEqualTo(2);
        assertThat(t.covered()).isTrue();

        var unnamed = FactEvaluation.NameTally.of(List.of(), List.of("Al Brown"), text);
        assertThat(unnamed.covered()).isFalse(); // a record naming nobody cannot refute a name
        assertThat(unnamed.wrong()).isEqualTo(1);
        var twice = FactEvaluation.NameTally.of(List.of("John Smith", "J. Smith"), List.of("John Smith"), text);
        assertThat(twice.hits()).isEqualTo(1); // one prediction matches one record name
    }
}
