package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The person the article describes by age, then named: "The 6-year-old is A". */
class AgedSubjectNamedTest {

    @Test
    void theAgedPersonIsNamed() {
        var e = extract("A 6-year-old girl died in a shooting at a home on Saturday night.\n\n"
                + "The 6-year-old is Abigail Hesse, according to a funeral home.\n\n"
                + "A 13-year-old boy was hit while hunting nearby. News 10 learned the 13-year-old is Jordan Stewart, a student at Hunter Middle School.");
        assertThat(victims(e)).contains("Abigail Hesse", "Jordan Stewart");
    }

    @Test
    void notASuspect() {
        var e = extract("A 6-year-old girl died in a shooting at a home on Saturday night.\n\n"
                + "The 19-year-old is Darnell Hayes, who was arrested on Sunday.");
        assertThat(victims(e)).doesNotContain("Darnell Hayes");
    }
}
