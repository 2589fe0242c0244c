package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays name a day the time tagger leaves unresolved, over real CoreNLP annotations. */
class HolidaysTest {
    static List<String> dates(String title, String body, String published) {
        return RealAnalysis.extract(title, body, published).claims().stream().filter(c -> c.slot() == Slot.DATE)
                .map(Claim::value).toList();
    }

    @Test
    void aHolidayIsItsDayBeforeThePublication() {
        assertThat(dates("Man shot", "A man was shot on Christmas Eve outside a store, police said.", "2030-12-27T18:00:00Z"))
                .containsExactly("2030-12-24");
        // Thanksgiving is the fourth Thursday of November
        assertThat(dates("Teen hurt", "A teenager was wounded in a shooting on Thanksgiving night, deputies said.", "2030-11-30T18:00:00Z"))
                .containsExactly("2030-11-28");
        // New Year's Eve read on New Year's Day is last year's
        assertThat(dates("Woman hit", "A woman was struck by a stray bullet on New Year's Eve, police said.", "2031-01-01T18:00:00Z"))
                .containsExactly("2030-12-31");
    }

    @Test
    void aHolidayLongBeforeThePublicationIsNoDayOfTheEvent() {
        assertThat(dates("Man shot", "A man who had been shot was found near a park on Halloween, police said.", "2030-04-10T18:00:00Z"))
                .doesNotContain("2029-10-31");
    }

    @Test
    void aHolidayWeekendNamesNoDay() {
        assertThat(dates("Boy dies", "A boy died after he was shot near his home. Follow all of the shootings over Thanksgiving weekend here.",
                "2030-11-30T18:00:00Z")).doesNotContain("2030-11-28");
    }
}
