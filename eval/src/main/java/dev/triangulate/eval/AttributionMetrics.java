package dev.triangulate.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The metric code of the attribution evaluation, kept free of I/O so that it can be tested:
 * span overlap and one-to-one matching, nested-prediction removal, quotation-mark regions and
 * speaker / cue comparison by shared words.
 */
public final class AttributionMetrics {
    private AttributionMetrics() {}

    /** A character range [begin, end). */
    public record Fragment(int begin, int end) {
        int length() { return Math.max(0, end - begin); }
    }

    /** A possibly discontinuous character span (brat allows "12 17;20 30"). */
    public record Span(List<Fragment> parts) {
        public Span {
            parts = List.copyOf(parts);
        }

        public static Span of(int begin, int end) {
            return new Span(List.of(new Fragment(begin, end)));
        }

        public int length() {
            return parts.stream().mapToInt(Fragment::length).sum();
        }

        public int begin() {
            return parts.stream().mapToInt(Fragment::begin).min().orElse(0);
        }

        /** Characters shared with another span. */
        public int overlap(Span o) {
            int n = 0;
            for (Fragment a : parts) {
                for (Fragment b : o.parts) n += Math.max(0, Math.min(a.end, b.end) - Math.max(a.begin, b.begin));
            }
            return n;
        }
    }

    /** Share of the shorter span that must overlap the other for two spans to match. */
    public static final double MIN_OVERLAP = 0.5;

    /** Whether two spans match: they share at least {@link #MIN_OVERLAP} of the shorter one's characters. */
    public static boolean matches(Span a, Span b) {
        int shorter = Math.min(a.length(), b.length());
        return shorter > 0 && a.overlap(b) >= MIN_OVERLAP * shorter;
    }

    /**
     * One-to-one matching of predicted to gold spans: among all matching pairs, the pair with the
     * largest overlap is taken first (ties: lower prediction index, then lower gold index), and
     * each span is used at most once. Returns, per prediction, the index of its gold span or -1.
     */
    public static int[] match(List<Span> predicted, List<Span> gold) {
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (matches(predicted.get(p), gold.get(g))) pairs.add(new int[] {p, g, predicted.get(p).overlap(gold.get(g))});
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(x -> -x[2]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        int[] out = new int[predicted.size()];
        Arrays.fill(out, -1);
        boolean[] goldUsed = new boolean[gold.size()];
        for (int[] x : pairs) {
            if (out[x[0]] >= 0 || goldUsed[x[1]]) continue;
            out[x[0]] = x[1];
            goldUsed[x[1]] = true;
        }
        return out;
    }

    /**
     * Each prediction to the gold span it overlaps most among those it matches (or -1): several
     * predictions may share one gold span (the parts of a gold content that the annotator joined
     * over a "she said" in between), but one prediction never counts for two gold spans.
     */
    public static int[] assign(List<Span> predicted, List<Span> gold) {
        int[] out = new int[predicted.size()];
        for (int p = 0; p < predicted.size(); p++) {
            int best = -1, bestOverlap = 0;
            for (int g = 0; g < gold.size(); g++) {
                int o = predicted.get(p).overlap(gold.get(g));
                if (matches(predicted.get(p), gold.get(g)) && o > bestOverlap) {
                    best = g;
                    bestOverlap = o;
                }
            }
            out[p] = best;
        }
        return out;
    }

    /**
     * Indices of the predictions kept for span scoring: a prediction lying at least half inside a
     * longer one (a direct quote inside the reported clause that contains it) is dropped, so that
     * one attribution is not counted twice. Equal lengths: the earlier index is kept.
     */
    public static List<Integer> outermost(List<Span> predicted) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            Span a = predicted.get(i);
            boolean nested = false;
            for (int j = 0; j < predicted.size() && !nested; j++) {
                if (j == i) continue;
                Span b = predicted.get(j);
                boolean longer = b.length() > a.length() || (b.length() == a.length() && j < i);
                nested = longer && a.length() > 0 && a.overlap(b) >= MIN_OVERLAP * a.length();
            }
            if (!nested) kept.add(i);
        }
        return kept;
    }

    /**
     * Which characters of a text lie inside quotation marks (the marks included): “ opens and ”
     * closes, a straight double quote and two apostrophes ('') toggle, and a line break closes (a quote that runs over
     * paragraphs opens again on each one).
     */
    public static boolean[] quoted(String text) {
        boolean[] in = new boolean[text.length()];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                // two apostrophes: the quotation mark of some news archives (''like this'')
                in[i] = in[i + 1] = true;
                inside = !inside;
                i++;
                continue;
            }
            if (c == '\n') {
                inside = false;
            } else if (c == '\u201c' || (c == '"' && !inside)) {
                inside = true;
                in[i] = true;
                continue;
            } else if (c == '\u201d' || c == '"') {
                in[i] = inside;
                inside = false;
                continue;
            }
            in[i] = inside;
        }
        return in;
    }

    /** A direct quote: at least half of the span's non-space characters are inside quotation marks. */
    public static boolean isDirect(Span s, String text, boolean[] quoted) {
        int all = 0, in = 0;
        for (Fragment f : s.parts()) {
            for (int i = Math.max(0, f.begin()); i < Math.min(text.length(), f.end()); i++) {
                if (Character.isWhitespace(text.charAt(i))) continue;
                all++;
                if (quoted[i]) in++;
            }
        }
        return all > 0 && 2 * in >= all;
    }

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "of", "and", "or", "in", "at", "for", "to", "on",
            "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "i", "we", "you", "it", "him", "them",
            "us", "me", "who", "that", "this", "these", "those", "mr", "mrs", "ms", "dr", "jr", "sr", "s");

    /** The lower-case words of a phrase that can identify someone (names, role nouns), without pronouns and determiners. */
    public static Set<String> nameWords(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        if (phrase == null) return out;
        for (String w : phrase.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !NOT_NAMES.contains(w)) out.add(w);
        }
        return out;
    }

    /** Whether a phrase names someone: it has a capitalized word that is not a pronoun or determiner ("Mr. Obama", not "the president"). */
    public static boolean namesSomeone(String phrase) {
        if (phrase == null) return false;
        for (String w : phrase.replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Whether a phrase is only a pronoun or similar (no word that could identify someone). */
    public static boolean isPronoun(String phrase) {
        return nameWords(phrase).isEmpty();
    }

    /**
     * Whether a predicted speaker names the same person as one of the gold descriptions (the gold
     * source text, and for a pronoun the name it stands for): they share an identifying word
     * ("Trump" / "Donald Trump", "spokesman" / "a campaign spokesman"). A predicted pronoun never matches,
     * except the writer's "I"/"we" for the same gold pronoun (there is no name to resolve it to).
     */
    public static boolean sameSpeaker(String predicted, List<String> gold) {
        // the writer speaking ("I think ...", "we asked ..."): the same first-person pronoun is the same speaker
        if (predicted != null && !gold.isEmpty() && FIRST_PERSON.contains(predicted.strip().toLowerCase(Locale.ROOT))
                && predicted.strip().equalsIgnoreCase(gold.get(0).strip())) return true;
        Set<String> p = nameWords(predicted);
        if (p.isEmpty()) return false;
        for (String g : gold) {
            for (String w : nameWords(g)) if (p.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    private static final Set<String> CUE_NOISE = Set.of("to", "that", "in", "a", "an", "the", "also", "has", "have", "had",
            "is", "was", "be", "been", "will", "would", "did", "does", "do", "not");

    /** Whether two cue phrases share a word other than auxiliaries and particles ("said" / "said Friday"). */
    public static boolean sameCue(String predicted, String gold) {
        if (predicted == null || gold == null) return false;
        Set<String> p = new LinkedHashSet<>();
        for (String w : predicted.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty() && !CUE_NOISE.contains(w)) p.add(w);
        for (String w : gold.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (p.contains(w)) return true;
        // "according to" is only particles for this test; compare it whole
        return predicted.strip().equalsIgnoreCase(gold.strip());
    }
}
