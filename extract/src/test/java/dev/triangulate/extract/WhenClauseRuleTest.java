package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People named as doing something when gunfire struck them or was fired at them. */
class WhenClauseRuleTest {

    @Test
    void doingSomethingWhenShotsStruck() {
        var e = extract("Four men were shot on a porch late Saturday.\n\n"
                + "Steven Wilson, Brandon Fryer, John Price and Wade Prise were on the porch of the house when multiple gunshots were fired.\n\n"
                + "Police said Gary Mathis was placing loaded guns in a closet when one of them discharged, hitting him in the stomach.");
        assertThat(victims(e)).contains("Steven Wilson", "Brandon Fryer", "John Price", "Wade Prise", "Gary Mathis");
    }

    @Test
    void theSpeakerAtTheEnd() {
        var e = extract("Two boys were shot on West Fulton on Friday.\n\n"
                + "Malik McNeese, 16, and a 17-year-old Stevie Jefferson were on a sidewalk about noon when a black SUV pulled up and "
                + "someone inside opened fire, hitting both boys, authorities said.");
        assertThat(victims(e)).contains("Malik McNeese", "Stevie Jefferson");
    }

    @Test
    void notAWitnessNorTheOneHoldingTheGun() {
        var e = extract("A teenager was killed in an accidental shooting on Tuesday.\n\n"
                + "Police said Kaemon Robinson was playing with a pistol when it discharged, striking 15-year-old Kevin Barbee in the face.\n\n"
                + "Sarah Cobb was in a writing class when gunfire erupted in the next room.");
        assertThat(victims(e)).doesNotContain("Kaemon Robinson", "Sarah Cobb");
    }
}
