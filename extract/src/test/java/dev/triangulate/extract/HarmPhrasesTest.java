package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.fates;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names after phrasings of harm the fate rules do not list. */
class HarmPhrasesTest {

    @Test
    void lifeCrossfireAndBullet() {
        var e = extract("Police are investigating two shootings in the city this weekend.\n\n"
                + "An accident with a firearm claimed the life of 4-year-old Summer Miller on Saturday.\n\n"
                + "Caught in the crossfire was 20-year-old Eric Howard of South Euclid.\n\n"
                + "The bullet went through 21-month-old Aaliyah Avila's right thigh.");
        assertThat(victims(e)).contains("Summer Miller", "Eric Howard", "Aaliyah Avila");
        assertThat(fates(e, "Summer Miller")).contains("killed");
    }

    @Test
    void notTheSuspect() {
        var e = extract("A man was shot dead on Friday.\n\nShe said her son was Darnell Hayes, who was arrested on Sunday.");
        assertThat(victims(e)).doesNotContain("Darnell Hayes");
    }
}
