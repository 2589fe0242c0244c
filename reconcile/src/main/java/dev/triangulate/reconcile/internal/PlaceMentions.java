package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How many of a story's reports name a place anywhere in their text. Two reports that each give
 * a different place the same weight ("Roxbury", "Boston") are told apart by the place the other
 * reports also name: the town a neighbourhood report mentions in passing ("Boston police said").
 */
public final class PlaceMentions {
    private final List<String> texts;
    private final Map<String, Integer> counts = new HashMap<>();

    /** Over the reports' analysis texts (title and body). */
    public PlaceMentions(List<Article> reports) {
        this.texts = reports.stream().map(Article::text).toList();
    }

    /** The number of reports whose text names the place as whole words, in any case. */
    public int reportsNaming(String place) {
        return counts.computeIfAbsent(place, p -> {
            if (p.isBlank()) return 0;
            Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return (int) texts.stream().filter(t -> name.matcher(t).find()).count();
        });
    }
}
