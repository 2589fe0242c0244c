package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How many of a story's reports name a place anywhere in their text, and how often. Two reports that each give
 * a different place the same weight ("Roxbury", "Boston") are told apart by the place the other
 * reports also name: the town a neighbourhood report mentions in passing ("Boston police said").
 */
public final class PlaceMentions {
    private final List<String> texts;
    private final Map<String, int[]> counts = new HashMap<>();

    /** Over the reports' analysis texts (title and body). */
    public PlaceMentions(List<Article> reports) {
        this.texts = reports.stream().map(Article::text).toList();
    }

    /** The number of reports whose text names the place as whole words, in any case. */
    public int reportsNaming(String place) {
        return counts(place)[0];
    }

    /** The number of times the reports name the place in all. */
    public int timesNamed(String place) {
        return counts(place)[1];
    }

    private int[] counts(String place) {
        return counts.computeIfAbsent(place, p -> {
            int[] n = new int[2];
            if (p.isBlank()) return n;
            Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String t : texts) {
                int times = (int) name.matcher(t).results().count();
                if (times > 0) n[0]++;
                n[1] += times;
            }
            return n;
        });
    }
}
