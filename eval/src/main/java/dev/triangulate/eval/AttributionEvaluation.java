package dev.triangulate.eval;

import dev.triangulate.eval.AttributionMetrics.Fragment;
import dev.triangulate.eval.AttributionMetrics.Span;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Quote;
import dev.triangulate.pipeline.Triangulate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Quotes and attributions of the real pipeline (analysis + extraction) scored against the
 * PolNeAR gold annotations ({@code text/<name>.txt}, {@code attributions/<name>_<annotator>.ann}).
 *
 * <ul>
 *   <li>Content spans: every extracted quote, direct or reported, is a predicted content span
 *       (a direct quote's span includes its quotation marks). A prediction lying at least half
 *       inside a longer prediction is dropped first ({@link AttributionMetrics#outermost}).
 *       Predicted and gold spans match when they share ≥ 50 % of the shorter span's characters,
 *       one-to-one ({@link AttributionMetrics#match}). Precision = matched / predicted, recall =
 *       matched / gold, micro-averaged over all texts. Also printed: the same with several
 *       predictions allowed to match one gold content (a content the annotator joined over an
 *       inserted "she said" is two quotes for the extractor), each prediction still counting for
 *       at most one gold content ({@link AttributionMetrics#assign}). Character-level precision/recall over the
 *       union of predicted and of gold content characters is printed as well.</li>
 *   <li>Speaker accuracy on direct quotes: gold attributions with a Source whose content is at
 *       least half inside quotation marks. The prediction overlapping the gold content most (and
 *       matching it by the rule above; on a tie the shorter one) supplies the speaker; it is right when it shares an
 *       identifying word with the gold Source text or, when that names nobody (a pronoun, "who",
 *       "the president": no capitalized word), with the nearest preceding gold Source that does ({@link AttributionMetrics#sameSpeaker}). A direct
 *       quote that was not found counts as wrong.</li>
 *   <li>Cue accuracy: over matched content pairs whose gold has a Cue, the predicted cue shares
 *       a word with it ({@link AttributionMetrics#sameCue}).</li>
 * </ul>
 *
 * When a text has several annotators, the first annotation file by name is used.
 */
public final class AttributionEvaluation {
    private AttributionEvaluation() {}

    /** One gold attribution; source and cue may be null. */
    public record Gold(Span content, Span source, Span cue) {}

    /** Counters over the dataset. */
    public static final class Result {
        int texts, severalAnnotators, gold, predicted, predictedDirect, predictedReported, matched, matchedDirect, matchedReported;
        /** Many-to-one: predictions matching some gold content, gold contents matched by some prediction. */
        int predictedCorrect, goldFound;
        long charPred, charGold, charBoth;
        int directGold, directFound, directCorrect;
        int matchedWithSource, matchedSpeakerCorrect;
        int cueTotal, cueCorrect;
        long millis;

        public PrfScores content() {
            return PrfScores.of(predicted == 0 ? 0 : (double) matched / predicted, gold == 0 ? 0 : (double) matched / gold);
        }

        /** Predictions may share a gold content (its parts around an inserted "she said"); each prediction counts once. */
        public PrfScores contentShared() {
            return PrfScores.of(predicted == 0 ? 0 : (double) predictedCorrect / predicted, gold == 0 ? 0 : (double) goldFound / gold);
        }

        public PrfScores characters() {
            return PrfScores.of(charPred == 0 ? 0 : (double) charBoth / charPred, charGold == 0 ? 0 : (double) charBoth / charGold);
        }

        public double speakerAccuracyDirect() { return directGold == 0 ? 0 : (double) directCorrect / directGold; }

        public double cueAccuracy() { return cueTotal == 0 ? 0 : (double) cueCorrect / cueTotal; }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "texts %d (%d with several annotators: the first annotation file by name is used), gold attributions %d%n",
                    texts, severalAnnotators, gold));
            b.append(String.format(Locale.ROOT, "content spans (>= 50%% overlap of the shorter, one-to-one): %s  (predicted %d: %d direct, %d reported; matched %d: %d direct, %d reported)%n",
                    content(), predicted, predictedDirect, predictedReported, matched, matchedDirect, matchedReported));
            b.append(String.format(Locale.ROOT, "content spans, several predictions may match one gold content (its parts): %s  (correct predictions %d, gold found %d)%n",
                    contentShared(), predictedCorrect, goldFound));
            b.append(String.format(Locale.ROOT, "  precision of direct quotes %.4f, of reported speech %.4f%n",
                    ratio(matchedDirect, predictedDirect), ratio(matchedReported, predictedReported)));
            b.append(String.format(Locale.ROOT, "content characters: %s%n", characters()));
            b.append(String.format(Locale.ROOT, "speaker accuracy on direct quotes: %.4f (%d of %d gold direct quotes with a source; found %d, right when found %.4f)%n",
                    speakerAccuracyDirect(), directCorrect, directGold, directFound, ratio(directCorrect, directFound)));
            b.append(String.format(Locale.ROOT, "speaker accuracy on all matched attributions with a gold source: %.4f (%d of %d)%n",
                    ratio(matchedSpeakerCorrect, matchedWithSource), matchedSpeakerCorrect, matchedWithSource));
            b.append(String.format(Locale.ROOT, "cue accuracy on matched attributions with a gold cue: %.4f (%d of %d)%n",
                    cueAccuracy(), cueCorrect, cueTotal));
            b.append(String.format(Locale.ROOT, "analysis and extraction: %d ms", millis));
            return b.toString();
        }
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

    /** Whether a directory looks like a PolNeAR split (text/ and attributions/). */
    public static boolean isDataset(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    /**
     * @param dir      a PolNeAR split directory (text/, attributions/)
     * @param cacheDir where to cache analyses (null: none)
     * @param threads  analysis threads
     * @param dump     where to write every gold and predicted attribution with its match (null: nowhere)
     */
    public static Result run(Path dir, Path cacheDir, int threads, Path dump) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, List<Path>> anns = new HashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String n = p.getFileName().toString();
                anns.computeIfAbsent(n.substring(0, n.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            }
        }
        Result r = new Result();
        long t0 = System.nanoTime();
        try (Triangulate t = Triangulate.create(threads, cacheDir);
             PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<ExtractedArticle>> futures = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (Path p : texts) {
                    String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    bodies.add(text);
                    Article a = new Article(name, "", text, null, null, null, null, "en", p.toString());
                    futures.add(pool.submit(() -> t.extract(a)));
                }
                for (int i = 0; i < texts.size(); i++) {
                    String name = texts.get(i).getFileName().toString().replaceFirst("\\.txt$", "");
                    List<Path> files = anns.getOrDefault(name, List.of());
                    if (files.isEmpty()) continue;
                    ExtractedArticle x = futures.get(i).get();
                    String text = bodies.get(i);
                    r.texts++;
                    if (files.size() > 1) r.severalAnnotators++;
                    List<Gold> gold = readAnn(Files.readString(files.get(0), StandardCharsets.UTF_8));
                    int lead = leadingWhitespace(text);
                    score(r, text, gold, x.quotes(), lead, out, name);
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e, e);
            } finally {
                pool.shutdownNow();
            }
        }
        r.millis = (System.nanoTime() - t0) / 1_000_000;
        return r;
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** Scores one text: gold attributions against the extracted quotes (offsets shifted by {@code lead}). */
    static void score(Result r, String text, List<Gold> gold, List<Quote> quotes, int lead, PrintWriter out, String name) {
        List<Span> pred = quotes.stream().map(q -> Span.of(q.evidence().begin() + lead, q.evidence().end() + lead)).toList();
        List<Integer> kept = AttributionMetrics.outermost(pred);
        List<Span> keptSpans = kept.stream().map(pred::get).toList();
        List<Span> goldContent = gold.stream().map(Gold::content).toList();
        int[] m = AttributionMetrics.match(keptSpans, goldContent);
        int[] shared = AttributionMetrics.assign(keptSpans, goldContent);
        boolean[] found = new boolean[gold.size()];
        for (int k = 0; k < shared.length; k++) {
            if (shared[k] < 0) continue;
            r.predictedCorrect++;
            found[shared[k]] = true;
        }
        for (boolean f : found) if (f) r.goldFound++;
        r.gold += gold.size();
        r.predicted += kept.size();
        int[] goldMatch = new int[gold.size()];
        java.util.Arrays.fill(goldMatch, -1);
        for (int k = 0; k < kept.size(); k++) {
            Quote q = quotes.get(kept.get(k));
            if (q.direct()) r.predictedDirect++; else r.predictedReported++;
            if (m[k] < 0) continue;
            goldMatch[m[k]] = kept.get(k);
            r.matched++;
            if (q.direct()) r.matchedDirect++; else r.matchedReported++;
            Gold g = gold.get(m[k]);
            if (g.source() != null) {
                r.matchedWithSource++;
                if (AttributionMetrics.sameSpeaker(q.speaker(), goldNames(text, gold, g))) r.matchedSpeakerCorrect++;
            }
            if (g.cue() != null) {
                r.cueTotal++;
                if (AttributionMetrics.sameCue(q.cue(), cut(text, g.cue()))) r.cueCorrect++;
            }
        }
        // characters
        boolean[] p = new boolean[text.length()], gd = new boolean[text.length()];
        for (Span s : keptSpans) mark(p, s);
        for (Span s : goldContent) mark(gd, s);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) continue;
            if (p[i]) r.charPred++;
            if (gd[i]) r.charGold++;
            if (p[i] && gd[i]) r.charBoth++;
        }
        // speakers of direct quotes
        boolean[] quoted = AttributionMetrics.quoted(text);
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            if (g.source() == null || !AttributionMetrics.isDirect(g.content(), text, quoted)) continue;
            r.directGold++;
            int best = -1, bestOverlap = 0;
            for (int k = 0; k < pred.size(); k++) {
                int o = pred.get(k).overlap(g.content());
                if (!AttributionMetrics.matches(pred.get(k), g.content())) continue;
                // the largest overlap; on a tie the tighter prediction (the quote, not a clause around it)
                if (o > bestOverlap || (o == bestOverlap && best >= 0 && pred.get(k).length() < pred.get(best).length())) {
                    best = k;
                    bestOverlap = o;
                }
            }
            boolean ok = false;
            if (best >= 0) {
                r.directFound++;
                ok = AttributionMetrics.sameSpeaker(quotes.get(best).speaker(), goldNames(text, gold, g));
                if (ok) r.directCorrect++;
            }
            if (out != null) {
                out.printf("%s\tDIRECT\t%s\t%s\t%s\t%s%n", name, ok ? "ok" : best < 0 ? "missed" : "wrong",
                        one(cut(text, g.source())), best < 0 ? "-" : quotes.get(best).speaker(), one(cut(text, g.content())));
            }
        }
        if (out != null) {
            for (int gi = 0; gi < gold.size(); gi++) {
                Gold g = gold.get(gi);
                out.printf("%s\tGOLD\t%s\t%s\t%s\t%s%n", name, goldMatch[gi] >= 0 ? "matched" : "missed",
                        g.source() == null ? "-" : one(cut(text, g.source())), g.cue() == null ? "-" : one(cut(text, g.cue())),
                        one(cut(text, g.content())));
            }
            for (int k = 0; k < kept.size(); k++) {
                Quote q = quotes.get(kept.get(k));
                out.printf("%s\tPRED-%s\t%s\t%s\t%s\t%s%n", name, q.direct() ? "direct" : "reported", m[k] >= 0 ? "matched" : "spurious",
                        q.speaker(), q.cue(), one(cut(text, keptSpans.get(k))));
            }
        }
    }

    private static String one(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static void mark(boolean[] a, Span s) {
        for (Fragment f : s.parts()) for (int i = Math.max(0, f.begin()); i < Math.min(a.length, f.end()); i++) a[i] = true;
    }

    static String cut(String text, Span s) {
        StringBuilder b = new StringBuilder();
        for (Fragment f : s.parts()) {
            if (b.length() > 0) b.append(' ');
            b.append(text, Math.max(0, Math.min(text.length(), f.begin())), Math.max(0, Math.min(text.length(), f.end())));
        }
        return b.toString();
    }

    /**
     * The gold source text, and when it names nobody (a pronoun, "who", "the president": no
     * capitalized word) also the nearest preceding gold source that does.
     */
    static List<String> goldNames(String text, List<Gold> gold, Gold g) {
        String s = cut(text, g.source());
        if (AttributionMetrics.namesSomeone(s)) return List.of(s);
        int at = g.source().begin();
        String best = null;
        int bestBegin = -1;
        for (Gold o : gold) {
            if (o.source() == null) continue;
            int b = o.source().begin();
            if (b >= at || b <= bestBegin) continue;
            String t = cut(text, o.source());
            if (!AttributionMetrics.namesSomeone(t)) continue;
            best = t;
            bestBegin = b;
        }
        return best == null ? List.of(s) : List.of(s, best);
    }

    private static final Pattern SPAN_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t");
    private static final Pattern EVENT_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");

    /** Reads the attributions of a brat file: E lines with a Content argument, their Source and Cue. */
    public static List<Gold> readAnn(String ann) {
        Map<String, Span> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            Matcher t = SPAN_LINE.matcher(line);
            if (t.find()) {
                List<Fragment> parts = new ArrayList<>();
                for (String f : t.group(3).strip().split(";")) {
                    String[] be = f.strip().split(" ");
                    parts.add(new Fragment(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                }
                spans.put(t.group(1), new Span(parts));
                continue;
            }
            Matcher e = EVENT_LINE.matcher(line);
            if (e.find()) events.add(e.group(2));
        }
        List<Gold> out = new ArrayList<>();
        for (String ev : events) {
            Span content = null, source = null, cue = null;
            for (String arg : ev.strip().split("\\s+")) {
                int c = arg.indexOf(':');
                if (c < 0) continue;
                String role = arg.substring(0, c).replaceAll("\\d+$", "");
                Span s = spans.get(arg.substring(c + 1));
                if (s == null) continue;
                switch (role) {
                    case "Content" -> content = content == null ? s : content;
                    case "Source" -> source = source == null ? s : source;
                    case "Cue" -> cue = cue == null ? s : cue;
                    default -> { }
                }
            }
            if (content != null) out.add(new Gold(content, source, cue));
        }
        out.sort(java.util.Comparator.comparingInt((Gold g) -> g.content().begin()));
        return out;
    }
}
