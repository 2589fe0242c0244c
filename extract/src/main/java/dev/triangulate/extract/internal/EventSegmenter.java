package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a roundup into its incidents. A paragraph starts a new event when it opens with a
 * roundup cue ("Separately,", "Meanwhile,", "Elsewhere,", "In another shooting,", "In other
 * news,") or a dateline-like "In Granholt, ..." naming a place other than the current
 * event's, and it reports an event itself (an event verb). Everything else is one event, so an
 * ordinary report is never split.
 */
final class EventSegmenter {
    private EventSegmenter() {}

    private static final Pattern CUE = Pattern.compile(
            "^(?:Separately|Meanwhile|Elsewhere|Also|In other news|In (?:a|another) (?:separate |unrelated )?"
                    + "(?:incident|shooting|attack|case|crash|fire|stabbing))\\b.*", Pattern.DOTALL);
    private static final Pattern IN_PLACE = Pattern.compile("^(?:Also )?In [A-Z].*", Pattern.DOTALL);

    /** Sentence index ranges [first, last] of the events, in order. */
    static List<int[]> segments(AnnotatedArticle a, List<SentenceView> views) {
        List<int[]> out = new ArrayList<>();
        List<Sentence> sentences = a.sentences();
        if (sentences.isEmpty()) return out;
        String text = a.article().text();
        int start = 0;
        String place = firstPlace(views, 0, Math.min(2, views.size() - 1)).orElse(null);
        for (int s = 1; s < sentences.size(); s++) {
            if (!paragraphStart(text, sentences.get(s - 1), sentences.get(s))) continue;
            int end = paragraphEnd(text, sentences, s);
            if (!reportsEvent(views, s, end)) continue;
            String first = sentences.get(s).text();
            Optional<String> here = firstPlace(views, s, s);
            boolean cue = CUE.matcher(first).matches();
            boolean elsewhere = here.isPresent() && (place == null || !sameWords(here.get(), place));
            if (cue && (here.isEmpty() || elsewhere) || IN_PLACE.matcher(first).matches() && elsewhere && s > 2) {
                out.add(new int[] {start, s - 1});
                start = s;
                place = here.orElse(null);
            }
        }
        out.add(new int[] {start, sentences.size() - 1});
        return out;
    }

    private static boolean paragraphStart(String text, Sentence previous, Sentence current) {
        return previous.end() <= current.begin() && text.substring(previous.end(), current.begin()).contains("\n");
    }

    private static int paragraphEnd(String text, List<Sentence> sentences, int s) {
        int e = s;
        while (e + 1 < sentences.size() && !paragraphStart(text, sentences.get(e), sentences.get(e + 1))) e++;
        return e;
    }

    private static boolean reportsEvent(List<SentenceView> views, int first, int last) {
        for (int s = first; s <= last; s++) if (views.get(s).hasVerb(Lexicon.EVENT_VERBS)) return true;
        return false;
    }

    private static Optional<String> firstPlace(List<SentenceView> views, int first, int last) {
        for (int s = first; s <= last && s < views.size(); s++) {
            for (EntityMention e : views.get(s).entities) if (e.type() == EntityType.LOCATION) return Optional.of(e.text());
        }
        return Optional.empty();
    }

    private static boolean sameWords(String a, String b) {
        return Words.of(a).equals(Words.of(b));
    }
}
