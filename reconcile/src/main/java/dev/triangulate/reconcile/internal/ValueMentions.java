package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import dev.triangulate.model.Slot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How many of a story's reports name a place or a day anywhere in their text, and how often.
 * Two reports that each give a different value the same weight are told apart by the value the
 * other reports also name: the town a neighbourhood report mentions in passing ("Roxbury" /
 * "Boston police said"), the day a report names by its weekday or date though it dates the
 * shooting otherwise.
 */
public final class ValueMentions {
    private final List<String> texts;
    private final Map<String, int[]> counts = new HashMap<>();

    /** Over the reports' analysis texts (title and body). */
    public ValueMentions(List<Article> reports) {
        this.texts = reports.stream().map(Article::text).toList();
    }

    /** The number of reports whose text names the value; 0 for slots other than places and days. */
    public int reportsNaming(Slot slot, String value) {
        return counts(slot, value)[0];
    }

    /** The number of times the reports name the value in all; 0 for slots other than places and days. */
    public int timesNamed(Slot slot, String value) {
        return counts(slot, value)[1];
    }

    private static final int[] NONE = new int[2];

    private int[] counts(Slot slot, String value) {
        if (slot != Slot.PLACE && slot != Slot.DATE) return NONE; // most facts: no text to scan, nothing to keep
        return counts.computeIfAbsent(slot + "\u0000" + value, k -> {
            int[] n = new int[2];
            Pattern name = pattern(slot, value);
            if (name == null) return n;
            for (String t : texts) {
                int times = (int) name.matcher(t).results().count();
                if (times > 0) n[0]++;
                n[1] += times;
            }
            return n;
        });
    }

    /** A place by its name in any case; a day by its weekday ("Tuesday") or its month and day ("Dec. 12", "December 12"). */
    private static Pattern pattern(Slot slot, String value) {
        if (value == null || value.isBlank()) return null;
        if (slot == Slot.PLACE) {
            return Pattern.compile(word(Pattern.quote(value.strip())), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        if (slot != Slot.DATE) return null;
        try {
            LocalDate d = LocalDate.parse(value.strip());
            String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return Pattern.compile(word(weekday) + "|" + word("(?:" + month + "|" + month.substring(0, 3) + "\\.?|Sept\\.?)\\s+" + d.getDayOfMonth()));
        } catch (DateTimeParseException e) {
            return null; // a range or a partial date: no single day to look for
        }
    }

    private static String word(String regex) {
        return "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    }
}
