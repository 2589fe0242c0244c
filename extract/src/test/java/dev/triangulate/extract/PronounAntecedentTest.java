package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom "he" and "him" name, over real CoreNLP annotations of sentences written for these tests. */
class PronounAntecedentTest {
    @Test
    void aPersonDescribedAfterTheNameIsNearerThePronoun() {
        var e = VictimListRuleTest.extract("A 3-year-old boy was shot at a home on Elm Street on Sunday. "
                + "Sgt. Corwin Bellamy tells the Port Alder Herald that it was not clear whether the boy lived at the house where he was shot.");
        assertThat(VictimListRuleTest.victims(e)).doesNotContain("Corwin Bellamy");
    }

    @Test
    void theNamesOwnDescriptionOrAPersonOfTheOtherSexDoesNotStandBetween() {
        var e = VictimListRuleTest.extract("A boy was shot at a home on Elm Street on Sunday. "
                + "Robinson considered Kevin a friend and he did not mean to hurt him.");
        assertThat(VictimListRuleTest.victims(e)).contains("Kevin");
        var f = VictimListRuleTest.extract("A girl was shot on Elm Street on Sunday. "
                + "Reports say that Zanyrah Tolliver was sitting in a car with an uncle when she was shot.");
        assertThat(VictimListRuleTest.victims(f)).contains("Zanyrah Tolliver");
    }

    @Test
    void aListedGivenNameOutweighsThePronounOfAClauseThePersonReports() {
        var e = VictimListRuleTest.extract("A man shot four people at a farm on Elm Road on Sunday. His mother was found dead in the house. "
                + "She had been suffering from lung cancer and County Coroner Tom Whitley ruled she died of natural causes.");
        assertThat(VictimListRuleTest.victims(e)).doesNotContain("Tom Whitley");
    }

    @Test
    void aPersonTheSentenceIntroducesIsNotTheLastOneNamed() {
        var e = VictimListRuleTest.extract("Raqkown Ricks, 19, was killed in a Near West Side shooting on Sunday. "
                + "At 2:34 a.m., a 24-year-old woman showed up in the 10700 block of South Hoxie and told witnesses she was shot, police said.");
        assertThat(VictimListRuleTest.fates(e, "Raqkown Ricks")).containsOnly("killed");
    }

    @Test
    void theNamedSubjectStillResolves() {
        var e = VictimListRuleTest.extract("Tomas Varga, 22, was walking home on Elm Street on Sunday when he was shot in the leg.");
        assertThat(VictimListRuleTest.victims(e)).contains("Tomas Varga");
    }
}
