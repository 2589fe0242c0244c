package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-12-19|2016-12-19T00:00:00Z", "2016-12-19T18:30:00Z|2016-12-19T18:30:00Z",
        "2016-12-19T18:30+03:00|2016-12-19T15:30:00Z", "2016-12-19 18:30|2016-12-19T18:30:00Z",
        "2016-12-19T18:30:15.5|2016-12-19T18:30:15.500Z", "' 2016-12-19 '|2016-12-19T00:00:00Z",
        "Mon, 19 Dec 2016 18:30:00 GMT|2016-12-19T18:30:00Z", "December 19, 2016|2016-12-19T00:00:00Z",
        "April 9, 2017|2017-04-09T00:00:00Z", "19 Dec 2016|2016-12-19T00:00:00Z",
        "2019-11-19T10:23:00+0200|2019-11-19T08:23:00Z", "2019-11-19T10:23:00.000-0500|2019-11-19T15:23:00Z"})
    void parsesCommonForms(String text, String expected) {
        assertThat(PublishedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2016-13-45", "19/12/2016"})
    void rejectsOthers(String text) {
        assertThat(PublishedDates.parse(text)).isEmpty();
    }
}
