package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Quote;
import org.junit.jupiter.api.Test;

/** A name that possesses a noun ("Joshua K.'s brother") is not the person the noun phrase means, over real CoreNLP annotations. */
class PossessorTest {

    @Test
    void thePossessorIsNotTheSubject() {
        var e = extract("A woman was killed on Galleria Drive on Monday.\n\n"
                + "Zelma Bowden's two young boys were also wounded by gunfire.");
        assertThat(victims(e)).doesNotContain("Zelma Bowden");
    }

    @Test
    void thePossessorIsNotWhoSpeaksNorWhomHeRefersTo() {
        var e = extract("A man was shot dead at an apartment complex on Friday.\n\n"
                + "Joshua Kemper's brother said he thinks there's more to the story than what he's being told.\n\n"
                + "He said his little brother wasn't perfect, but was a young man with a bright future ahead of him.");
        assertThat(e.quotes().stream().map(Quote::speaker)).doesNotContain("Joshua Kemper");
    }
}
