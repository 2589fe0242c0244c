package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.fates;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Slot;
import org.junit.jupiter.api.Test;

/** Victims listed one a line after a cue ending in a colon. */
class VictimLinesTest {

    @Test
    void oneNameAndAgeALine() {
        var e = extract("Police are investigating the fatal shootings of three people in a home Thursday night.\n\n"
                + "The sheriff's office released the names of the three people who were killed:\n\n"
                + "Dorian Maddox, 21\n\nKelsey Anne Brandt, 26 years-old\n\nWalter Burnell, 47\n\n"
                + "Officers responded to a 911 call around 8 p.m.");
        assertThat(victims(e)).contains("Dorian Maddox", "Kelsey Anne Brandt", "Walter Burnell");
        assertThat(fates(e, "Walter Burnell")).contains("killed");
        assertThat(e.claims()).anyMatch(c -> c.subject().equals("Kelsey Anne Brandt") && c.slot() == Slot.AGE && c.value().equals("26"));
    }

    @Test
    void notSuspectsNorASingleLine() {
        var e = extract("Two men were wounded in a shooting on Friday night.\n\n"
                + "Police arrested these suspects:\n\nDorian Maddox, 21\n\nTerrell Okafor, 26\n\n"
                + "Officials named the victim:\n\nWalter Burnell, 47\n\nOfficers responded to a 911 call around 8 p.m.");
        assertThat(victims(e)).doesNotContain("Dorian Maddox", "Terrell Okafor");
    }
}
