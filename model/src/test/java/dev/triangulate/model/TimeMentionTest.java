package dev.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMentionTest {
    @Test
    void datedWhenTheValueStartsWithACalendarDay() {
        assertThat(new TimeMention("Saturday night", "2016-12-19TNI", "DATE", 0, 0, 1, 0, 14).dated()).isTrue();
        assertThat(new TimeMention("this week", "2016-W51", "DATE", 0, 0, 1, 0, 9).dated()).isFalse();
        assertThat(new TimeMention("someday", null, "DATE", 0, 0, 0, 0, 7).dated()).isFalse();
    }

    @Test
    void anotherDayKeepsTheTimeOfDayAndTheSpan() {
        TimeMention t = new TimeMention("Saturday night", "2016-12-19TNI", "DATE", 2, 5, 6, 40, 54);
        TimeMention moved = t.withDay(LocalDate.of(2016, 12, 12));
        assertThat(moved.value()).isEqualTo("2016-12-12TNI");
        assertThat(moved).usingRecursiveComparison().ignoringFields("value").isEqualTo(t);
        assertThat(new TimeMention("Friday", "2016-12-16", "DATE", 0, 1, 1, 3, 9).withDay(LocalDate.of(2016, 12, 9)).value())
                .isEqualTo("2016-12-09");
    }
}
