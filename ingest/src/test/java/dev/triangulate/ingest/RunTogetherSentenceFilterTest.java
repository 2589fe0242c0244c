package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunTogetherSentenceFilterTest {
    private final RunTogetherSentenceFilter filter = new RunTogetherSentenceFilter();

    @Test
    void putsBackTheSpaceBetweenSentences() {
        assertThat(filter.apply("A man was shot in Granholt.Police were called at 11 p.m.Officers found him."))
                .contains("A man was shot in Granholt. Police were called at 11 p.m.Officers found him.");
        assertThat(filter.apply("Was anyone hurt?Nobody was.")).contains("Was anyone hurt? Nobody was.");
    }

    @Test
    void leavesInitialsAbbreviationsAndAddressesAlone() {
        assertThat(filter.apply("He served in the U.S.Army with Mr.Smith.")).contains("He served in the U.S.Army with Mr.Smith.");
        assertThat(filter.apply("Read more at www.granholt.News or http://example.org/a.Story")).contains(
                "Read more at www.granholt.News or http://example.org/a.Story");
        assertThat(filter.apply("Nothing to mend here. Really.")).contains("Nothing to mend here. Really.");
    }
}
