package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline that is a person's name and nothing more: a page about that person. */
class NameOnlyHeadlineTest {

    @Test
    void aHeadlineThatIsAName() {
        var e = RealAnalysis.extract("Jesus Rios, 17\n - The Homicide Report",
                "He loved soccer and his little sister, his family said. Friends gathered on Sunday evening.", "2031-03-02T10:00:00Z");
        assertThat(victims(e)).contains("Jesus Rios");
    }

    @Test
    void notAHeadlineThatGoesOn() {
        var e = RealAnalysis.extract("Fredrick Lochridge: 5 Fast Facts You Need to Know",
                "A man opened fire at a school on Friday, police said.", "2031-03-02T10:00:00Z");
        assertThat(victims(e)).doesNotContain("Fredrick Lochridge");
    }
}
