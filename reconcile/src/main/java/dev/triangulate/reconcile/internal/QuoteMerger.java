package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import dev.triangulate.model.Quote;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges the direct quotes of a story (reported speech is left out): the same words (ignoring case, punctuation and apostrophes),
 * or one quote containing most of the other's word trigrams, are one quote. The speaker is
 * the one most articles give; the text is the earliest article's wording.
 */
public final class QuoteMerger {
    private QuoteMerger() {}

    /** Share of the shorter quote's word trigrams the longer must contain to be the same quote. */
    static final double SAME_QUOTE = 0.6;

    public record Located(Quote quote, String speaker, Article article, String source) {}

    public static List<StoryQuote> merge(List<Located> quotes) {
        List<List<Located>> groups = new ArrayList<>();
        List<Set<String>> grams = new ArrayList<>();
        for (Located q : quotes) {
            if (!q.quote().direct()) continue; // reported speech is not a quote of the story's words
            Set<String> g = Words.shingles(q.quote().text(), 3);
            int match = -1;
            for (int i = 0; i < groups.size() && match < 0; i++) {
                if (Words.containment(grams.get(i), g) >= SAME_QUOTE) match = i;
            }
            if (match < 0) {
                groups.add(new ArrayList<>(List.of(q)));
                grams.add(g);
            } else {
                groups.get(match).add(q);
                grams.get(match).addAll(g);
            }
        }
        List<StoryQuote> out = new ArrayList<>();
        for (List<Located> g : groups) {
            Map<String, Long> votes = new LinkedHashMap<>();
            g.stream().map(Located::speaker).filter(Objects::nonNull).forEach(s -> votes.merge(s, 1L, Long::sum));
            String speaker = votes.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> NameAliases.isName(e.getKey()) ? 1 : 0))
                    .map(Map.Entry::getKey).orElse(null);
            List<SourceRef> refs = new ArrayList<>();
            Set<String> articles = new java.util.HashSet<>();
            for (Located q : g) {
                if (!articles.add(q.article().id())) continue; // one entry per article
                var e = q.quote().evidence();
                refs.add(new SourceRef(q.article().id(), q.article().outletOrUnknown(), q.source(), q.article().published(),
                        e.sentence(), e.sentenceBegin(), e.begin(), e.end(), null, q.speaker()));
            }
            out.add(new StoryQuote(speaker, g.get(0).quote().text(), refs));
        }
        return out;
    }

}
