package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "he"/"she" is not resolved to someone the article quotes telling the story, over real CoreNLP annotations. */
class PronounSpeakerTest {

    @Test
    void notTheOneWhoTellsNorTheNeighbourQuoted() {
        var e = extract("A boy was shot on Maple Street on Sunday.\n\n"
                + "Sgt. Chris Snead tells The Daily Truth that it wasn't immediately clear whether the boy lived at the house where he was shot.\n\n"
                + "\"It was awful,\" said neighbor Cindy Marten.\n\n"
                + "Cindy and several other neighbors didn't hear the gunshot that killed him.");
        assertThat(victims(e)).doesNotContain("Chris Snead", "Cindy", "Cindy Marten");
    }

    @Test
    void aVictimWhoTellsWithHisAgeIsStillTheVictim() {
        var e = extract("A man was wounded on the interstate on Friday.\n\n"
                + "A passenger of the vehicle, Eduardo Alvar, 19, told him he had been shot.");
        assertThat(victims(e)).contains("Eduardo Alvar");
    }

    @Test
    void notTheNameBeforeAGunmanNamedNearer() {
        var e = extract("Three officers were killed on Airline Highway on Sunday.\n\n"
                + "Frank Colter works at a garage next to the spot where the gunman killed three officers before authorities killed him.");
        assertThat(victims(e)).doesNotContain("Frank Colter");
    }

    @Test
    void notTheNameBeforeARelativeOfThePronounsGender() {
        var e = extract("A 17-year-old was shot dead at a party on Saturday.\n\n"
                + "Mason Foucher ran to his brother's side when he heard he had been shot.");
        assertThat(victims(e)).doesNotContain("Mason Foucher");
    }
}
