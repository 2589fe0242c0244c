package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Holidays that name a day ("shot on Thanksgiving", "a New Year's Eve party", "the Fourth of July"),
 * which the time tagger leaves unresolved: the last such day on or before the publication, within
 * two weeks, as a day of the sentence like any other.
 */
final class Holidays {
    private Holidays() {}

    /** A holiday further back than two weeks is rarely the reported event's day ("by Halloween", "since Labor Day"). */
    private static final int RECENT = 14;

    /** Lower-case token sequences and the holiday's day in a given year. */
    private static final Map<List<String>, IntFunction<LocalDate>> NAMES = Map.ofEntries(
            Map.entry(List.of("thanksgiving"), y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
            Map.entry(List.of("new", "year", "'s", "eve"), y -> LocalDate.of(y, 12, 31)),
            Map.entry(List.of("new", "year", "'s", "day"), y -> LocalDate.of(y, 1, 1)),
            Map.entry(List.of("fourth", "of", "july"), y -> LocalDate.of(y, 7, 4)),
            Map.entry(List.of("july", "fourth"), y -> LocalDate.of(y, 7, 4)),
            Map.entry(List.of("independence", "day"), y -> LocalDate.of(y, 7, 4)),
            Map.entry(List.of("halloween"), y -> LocalDate.of(y, 10, 31)),
            Map.entry(List.of("memorial", "day"), y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry(List.of("labor", "day"), y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
            Map.entry(List.of("mother", "'s", "day"), y -> nth(y, 5, DayOfWeek.SUNDAY, 2)),
            Map.entry(List.of("father", "'s", "day"), y -> nth(y, 6, DayOfWeek.SUNDAY, 3)),
            Map.entry(List.of("christmas", "eve"), y -> LocalDate.of(y, 12, 24)),
            Map.entry(List.of("christmas", "day"), y -> LocalDate.of(y, 12, 25)),
            Map.entry(List.of("christmas", "night"), y -> LocalDate.of(y, 12, 25)),
            Map.entry(List.of("christmas", "morning"), y -> LocalDate.of(y, 12, 25)));

    /** Holidays named in one capitalized word, which the tagger can take for a town ("a Christmas shooting"). */
    private static final java.util.Set<String> ONE_WORD_NAMES = java.util.Set.of("Christmas", "Thanksgiving", "Halloween", "Easter");

    /** Whether this is a holiday's one-word name ("Thanksgiving"), never a place. */
    static boolean oneWordName(String value) {
        return ONE_WORD_NAMES.contains(value);
    }

    private static final java.util.regex.Pattern TRAILING_NAME = java.util.regex.Pattern.compile(
            "\\s+(?:" + String.join("|", ONE_WORD_NAMES) + ")(?: Day| Eve)?$");

    /** The name without a holiday's one-word name after it: "Elliston Thanksgiving Day" → "Elliston". */
    static String withoutTrailingName(String name) {
        return TRAILING_NAME.matcher(name).replaceFirst("");
    }

    /** The words a holiday's name opens with: most tokens open none, and are passed over at once. */
    private static final java.util.Set<String> FIRST_WORDS = NAMES.keySet().stream().map(k -> k.get(0))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The sentence's time mentions with the holidays it names. */
    static List<TimeMention> withHolidays(SentenceView v, LocalDate published) {
        if (published == null) return v.times;
        List<TimeMention> out = new ArrayList<>(v.times);
        for (int i = v.first; i <= v.last(); i++) {
            if (!FIRST_WORDS.contains(v.lower(i))) continue;
            for (var e : NAMES.entrySet()) {
                int last = i + e.getKey().size() - 1;
                if (!matches(v, i, e.getKey())) continue;
                if (v.lower(last + 1).equals("weekend")) continue; // "over Thanksgiving weekend": days around it, none of them named
                LocalDate day = e.getValue().apply(published.getYear());
                if (day.isAfter(published)) day = e.getValue().apply(published.getYear() - 1);
                if (day.isBefore(published.minusDays(RECENT))) continue; // last year's holiday, or a coming one resolved into the past
                var first = v.at(i);
                var end = v.at(last);
                StringBuilder text = new StringBuilder();
                for (int k = i; k <= last; k++) text.append(k > i ? " " : "").append(v.at(k).text());
                out.add(new TimeMention(text.toString(), day.toString(), "DATE", v.sentence.index(), i, last, first.begin(), end.end()));
            }
        }
        return out;
    }

    private static boolean matches(SentenceView v, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!v.lower(i + k).replace('’', '\'').equals(words.get(k))) return false;
        }
        return true;
    }

    private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
