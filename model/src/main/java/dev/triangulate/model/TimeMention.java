package dev.triangulate.model;

/**
 * A time expression normalized against the publication time (TIMEX3 value such as
 * "2016-12-19TEV" or "2016-12-19"); {@code value} is null when it could not be resolved.
 */
public record TimeMention(String text, String value, String type, int sentence, int firstToken,
                          int lastToken, int begin, int end) {
    /** Whether the value starts with a calendar day ("2016-12-19", "2016-12-19TNI"), not only a year, week or time. */
    public boolean dated() {
        return value != null && DAY.matcher(value).lookingAt();
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The same mention resolved to another day, its time of day kept ("2016-12-19T22:30" moved to
     * 2016-12-18 is "2016-12-18T22:30"); only for a value that starts with a date.
     */
    public TimeMention withDay(java.time.LocalDate day) {
        return new TimeMention(text, day + value.substring(10), type, sentence, firstToken, lastToken, begin, end);
    }
}
