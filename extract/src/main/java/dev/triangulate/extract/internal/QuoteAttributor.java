package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Quote;
import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each quote its speaker by these rules, in order: a speech verb right after the quote
 * ("..." the attacker said / said Vell); "according to X" in the quote's sentence; a speech
 * verb before it (Vell said: "..."); the speaker of the previous quote, when it is close
 * (a follow-up paragraph of the same person). Speakers are normalized like claim subjects.
 */
final class QuoteAttributor {
    private QuoteAttributor() {}

    static List<Quote> attribute(AnnotatedArticle a, List<SentenceView> views, ArticleContext ctx) {
        List<Quote> out = new ArrayList<>();
        String previous = null;
        int previousSentence = -10;
        for (QuoteSpan q : a.quotes()) {
            SentenceView start = views.get(q.sentence());
            SentenceView endView = views.get(sentenceAt(a.sentences(), Math.max(q.begin(), q.end() - 1)));
            String speaker = after(endView, ctx, q);
            if (speaker == null) speaker = accordingTo(start, endView);
            if (speaker == null) speaker = before(start, ctx, q);
            if (speaker == null && q.sentence() - previousSentence <= 3) speaker = previous;
            if ("he".equals(speaker) || "she".equals(speaker)) speaker = previous;
            String text = q.text().replaceAll("[\\s,;:]+$", "");
            out.add(new Quote(speaker, text, new Evidence(a.article().id(), q.sentence(), start.sentence.text(), start.sentence.begin(), q.begin(), q.end())));
            if (speaker != null) {
                previous = speaker;
            }
            previousSentence = endView.sentence.index();
        }
        return out;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (offset < s.end()) return s.index();
        return sentences.size() - 1;
    }

    /** "..., the attacker said" / "..., said Vell" (within a few tokens of the closing mark). */
    private static String after(SentenceView v, ArticleContext ctx, QuoteSpan q) {
        int i = v.first;
        while (v.at(i) != null && v.at(i).begin() < q.end()) i++;
        for (int k = i; k < i + 8 && v.at(k) != null; k++) {
            if (v.at(k).text().matches("[“\"‘]")) return null; // next quote starts
            if (v.at(k).isVerb() && Lexicon.SPEECH_VERBS.contains(v.lemma(k))) {
                if (k > i) {
                    Phrases.Span np = Phrases.before(v, k);
                    if (np != null && np.start() >= i) return name(v, ctx, np);
                }
                Phrases.Span np = Phrases.after(v, k + 1);
                return np == null ? null : name(v, ctx, np);
            }
        }
        return null;
    }

    private static String accordingTo(SentenceView... views) {
        for (SentenceView v : views) {
            for (int i = v.first; i < v.last(); i++) {
                if (v.lower(i).equals("according") && v.lower(i + 1).equals("to") && v.attribution != null) {
                    return v.attribution.replaceFirst("^(?i)(the|a|an) ", "");
                }
            }
        }
        return null;
    }

    /** Vell said: "..." / The gunman also yelled: "..." */
    private static String before(SentenceView v, ArticleContext ctx, QuoteSpan q) {
        int k = v.first;
        int lastVerb = -1;
        while (v.at(k) != null && v.at(k).end() <= q.begin()) {
            if (v.at(k).isVerb() && Lexicon.SPEECH_VERBS.contains(v.lemma(k))) lastVerb = k;
            k++;
        }
        if (lastVerb < 0) return null;
        Phrases.Span np = Phrases.before(v, lastVerb);
        String s = np == null ? null : name(v, ctx, np);
        if (s == null) {
            // coordinated verbs: "the gunman wore a suit and shouted ..." → the sentence subject
            Phrases.Span subject = Phrases.after(v, v.first);
            if (subject != null) s = name(v, ctx, subject);
        }
        return s;
    }

    private static String name(SentenceView v, ArticleContext ctx, Phrases.Span np) {
        if (v.at(np.end()).pos().equals("PRP")) return v.lower(np.end());
        String s = Subjects.resolve(v, ctx, np);
        if (s != null) return s;
        String head = Phrases.head(v, np);
        if (Lexicon.GENERIC_PERSON.contains(head) && ctx.mentionsPerpetrator) return Claim.PERPETRATOR;
        return Phrases.bare(v, np);
    }
}
