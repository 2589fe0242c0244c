package dev.triangulate.cluster;

import dev.triangulate.model.Article;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture of a batch: body lines that recur in at least {@value #MIN_ARTICLES} articles
 * published at least {@value #MIN_SPAN_DAYS} days apart ("Please enable Javascript to watch this
 * video", "Your notification has been saved.", "No arrests have been made."). Wire copy of one event
 * repeats its lines too, but within days; furniture repeats across months. Left in, it makes
 * unrelated stories of one site look alike. A pure function of the batch, so it keeps
 * {@link StoryClusterer#clusterBatch} independent of arrival order.
 */
final class Boilerplate {
    static final int MIN_ARTICLES = 3;
    static final int MIN_SPAN_DAYS = 30;
    private static final int MIN_WORDS = 5;
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Boilerplate() {}

    /** The furniture lines of {@code batch}, whitespace-normalized. */
    static Set<String> lines(List<Article> batch) {
        record Seen(int count, long first, long last) {}
        Map<String, Seen> seen = new HashMap<>();
        for (Article a : batch) {
            if (a.published() == null) continue;
            long day = a.published().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
            Set<String> own = new HashSet<>();
            for (String line : LINE.split(a.body())) {
                String key = normalize(line);
                if (key != null && own.add(key)) {
                    seen.merge(key, new Seen(1, day, day), (x, y) ->
                            new Seen(x.count + 1, Math.min(x.first, y.first), Math.max(x.last, y.last)));
                }
            }
        }
        Set<String> out = new HashSet<>();
        seen.forEach((line, s) -> {
            if (s.count >= MIN_ARTICLES && s.last - s.first >= MIN_SPAN_DAYS) out.add(line);
        });
        return out;
    }

    /** {@code a} without the furniture lines (the same instance when it has none). */
    static Article without(Article a, Set<String> furniture) {
        if (furniture.isEmpty()) return a;
        StringBuilder body = new StringBuilder(a.body().length());
        boolean removed = false;
        for (String line : LINE.split(a.body())) {
            String key = normalize(line);
            if (key != null && furniture.contains(key)) {
                removed = true;
            } else {
                body.append(line).append('\n');
            }
        }
        if (!removed) return a;
        return new Article(a.id(), a.title(), body.toString(), a.outlet(), a.url(), a.published(), a.author(),
                a.language(), a.origin());
    }

    /** The line with its white space collapsed, or null when it has fewer than {@value #MIN_WORDS} words. */
    private static String normalize(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        String[] words = SPACE.split(s);
        return words.length < MIN_WORDS ? null : String.join(" ", words);
    }
}
