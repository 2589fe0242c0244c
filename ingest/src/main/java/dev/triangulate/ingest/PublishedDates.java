package dev.triangulate.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses publication times as they appear in front matter and JSON records. A time without a
 * zone is taken as UTC and a bare date as its start in UTC: a guess, but a stable one, and
 * the analysis stage only needs the day right to resolve "Monday evening".
 */
public final class PublishedDates {
    private PublishedDates() {}

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d{1,2}:)");
    // "+0200" (common in meta tags) is not ISO-8601 extended; make it "+02:00".
    private static final Pattern COMPACT_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d{2})(\\d{2})$");

    // Month-name forms: GVA incident records ("April 9, 2017"), bylines, RSS.
    private static final List<DateTimeFormatter> NAMED_MONTH = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"));

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /**
     * The instant {@code text} denotes: ISO dates and date-times with or without offset
     * ("2016-12-19", "2016-12-19T18:30:00Z", "2016-12-19T18:30+03:00", "2016-12-19T18:30:00+0300",
     * "2016-12-19 18:30"),
     * RFC 1123 ("Mon, 19 Dec 2016 18:30:00 GMT") and "December 19, 2016"; empty when none fits.
     */
    public static Optional<Instant> parse(String text) {
        if (text == null) return Optional.empty();
        String s = SPACE_BEFORE_TIME.matcher(text.strip()).replaceFirst("$1T");
        s = COMPACT_OFFSET.matcher(s).replaceFirst("$1$2:$3");
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : NAMED_MONTH) {
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
