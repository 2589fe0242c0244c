package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The person the article tells of, named in apposition to the noun it calls them by. */
class DescribedVictimNamedTest {

    @Test
    void theLittleGirlNamed() {
        var e = extract("A 6-year-old girl was wounded in a drive-by shooting near Fair Park on Friday night.\n\n"
                + "The little girl, Adriana Espinoza, was riding with her father to get pizza around 9:30 p.m.");
        assertThat(victims(e)).contains("Adriana Espinoza");
    }

    @Test
    void notAParent() {
        var e = extract("A 2-year-old boy was wounded at home on Friday.\n\n"
                + "Police said the father, Randy Babcock, was cleaning the gun.");
        assertThat(victims(e)).doesNotContain("Randy Babcock");
    }
}
