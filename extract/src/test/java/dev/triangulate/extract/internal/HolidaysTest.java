package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolidaysTest {
    @Test
    void aTrailingHolidayIsNoPartOfAPlace() {
        assertThat(Holidays.withoutTrailingName("Elliston Thanksgiving Day")).isEqualTo("Elliston");
        assertThat(Holidays.withoutTrailingName("Marion Christmas Eve")).isEqualTo("Marion");
        assertThat(Holidays.withoutTrailingName("Easter")).isEqualTo("Easter"); // the whole name is left to oneWordName
        assertThat(Holidays.withoutTrailingName("Christmas Valley")).isEqualTo("Christmas Valley");
    }

    @Test
    void oneWordNamesAreNeverPlaces() {
        assertThat(Holidays.oneWordName("Halloween")).isTrue();
        assertThat(Holidays.oneWordName("Houston")).isFalse();
    }
}
