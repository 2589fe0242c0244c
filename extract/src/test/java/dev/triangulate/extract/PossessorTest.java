package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name that possesses a noun ("Joshua K.'s brother") is not the person the noun phrase means, over real CoreNLP annotations. */
class PossessorTest {

    @Test
    void thePossessorIsNotTheSubject() {
        var e = extract("A woman was killed on Galleria Drive on Monday.\n\n"
                + "Zelma Bowden's two young boys were also wounded by gunfire.");
        assertThat(victims(e)).doesNotContain("Zelma Bowden");
    }
}
