package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The person a funeral, vigil or memorial is held for. */
class MourningNamesTest {

    @Test
    void theFuneralFor() {
        var e = extract("A 4-year-old boy died after he was shot at a home on Elm Street last week.\n\n"
                + "The church will fully pay for the funeral for 4-year-old Christopher Lassiter.\n\n"
                + "Michael Wooten's funeral will be at 5 p.m. on Friday.");
        assertThat(victims(e)).contains("Christopher Lassiter", "Michael Wooten");
    }

    @Test
    void notAnInstitution() {
        var e = extract("Three people were killed in a shooting at a clinic on Friday.\n\n"
                + "A vigil for Planned Parenthood of the Rocky Mountains began on Saturday.");
        assertThat(victims(e)).doesNotContain("Planned Parenthood");
    }
}
