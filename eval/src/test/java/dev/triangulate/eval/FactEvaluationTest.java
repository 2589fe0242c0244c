package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
}
