package dev.triangulate.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An analyzed article with the claims and quotes extracted from it.
 *
 * @param events the article's event segments as character ranges of its text, in order: one
 *               range covering the whole text for an ordinary report, several for a roundup that
 *               reports separate incidents ("Separately, in Granholt, ..."); every claim and quote
 *               belongs to the segment holding the start of its evidence
 */
public record ExtractedArticle(AnnotatedArticle annotated, List<Claim> claims, List<Quote> quotes, List<Segment> events) {

    /** A character range [begin, end) of the article text. */
    public record Segment(int begin, int end) {
        public boolean contains(int offset) { return offset >= begin && offset < end; }
    }

    public ExtractedArticle {
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        events = events == null || events.isEmpty()
                ? List.of(new Segment(0, annotated.article().text().length())) : List.copyOf(events);
    }

    /** An article that reports one event. */
    public ExtractedArticle(AnnotatedArticle annotated, List<Claim> claims, List<Quote> quotes) {
        this(annotated, claims, quotes, null);
    }

    public Article article() { return annotated.article(); }

    /** Index of the event segment that holds a character offset (the last segment for offsets past the end). */
    public int eventAt(int offset) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).contains(offset)) return i;
        return events.size() - 1;
    }

    /** The same article with only the claims and quotes of the given event segments. */
    public ExtractedArticle onlyEvents(java.util.Set<Integer> segments) {
        List<Claim> c = new ArrayList<>();
        for (Claim x : claims) if (segments.contains(eventAt(x.evidence().begin()))) c.add(x);
        List<Quote> q = new ArrayList<>();
        for (Quote x : quotes) if (segments.contains(eventAt(x.evidence().begin()))) q.add(x);
        List<Segment> s = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) if (segments.contains(i)) s.add(events.get(i));
        return new ExtractedArticle(annotated, c, q, s);
    }
}
