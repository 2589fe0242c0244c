package dev.triangulate.eval;

import dev.triangulate.model.Article;
import dev.triangulate.reconcile.Syndication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The independent-source grouping of the reconcile stage ({@link Syndication}: same outlet, or
 * word 5-gram containment ≥ 0.5) scored on PolNeAR against its {@code wire} column.
 *
 * <p>Articles: every row of {@code metadata.tsv} whose text exists under
 * {@code <compartment>/text/<filename>.txt}. Gold: two articles are copies of one wire text when
 * they carry the same wire (case-insensitive; None, NA and empty mean no wire) and are the same
 * story, decided as published at most one day apart (the corpus has no story ids; the listed
 * pairs show what that admits). Scored over pairs of articles from different publishers (the
 * syndication question: same-publisher pairs are one source anyway), and, for the copy test
 * alone, over all pairs.
 */
public final class SyndicationEvaluation {
    private SyndicationEvaluation() {}

    /** One article of the corpus with its metadata. */
    record Doc(Article article, String publisher, String wire, LocalDate date, String title) {}

    /** Pair counts of one view. */
    public record Counts(long pairs, long gold, long predicted, long truePositives) {
        public String precision() { return predicted == 0 ? "n/a (no predicted pairs)" : String.format(Locale.ROOT, "%.4f", (double) truePositives / predicted); }

        public String recall() { return gold == 0 ? "n/a (no gold pairs)" : String.format(Locale.ROOT, "%.4f", (double) truePositives / gold); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairs %d, gold %d, predicted %d, true positives %d: precision %s, recall %s",
                    pairs, gold, predicted, truePositives, precision(), recall());
        }
    }

    public record Result(int articles, Map<String, Integer> wires, Counts crossPublisher, long crossSameWire,
                         double maxCrossContainment, Counts copyRuleAllPairs, List<String> listed) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "articles %d; wire copy by wire: %s%n", articles, wires));
            b.append(String.format(Locale.ROOT, "different publishers, grouping decision (same outlet or containment >= 0.5): %s%n", crossPublisher));
            b.append(String.format(Locale.ROOT, "  pairs carrying the same wire (any story): %d; highest 5-gram containment between publishers: %.2f%n",
                    crossSameWire, maxCrossContainment));
            b.append(String.format(Locale.ROOT, "all pairs, copy test alone (containment >= 0.5): %s%n", copyRuleAllPairs));
            for (String l : listed) b.append("  ").append(l).append('\n');
            return b.toString().stripTrailing();
        }
    }

    public static boolean isDataset(Path root) {
        return Files.isRegularFile(root.resolve("metadata.tsv"));
    }

    public static Result run(Path root) throws IOException {
        List<Doc> docs = read(root);
        int n = docs.size();
        List<Set<String>> prints = docs.stream().map(d -> Syndication.fingerprint(d.article())).toList();
        // shared-shingle counts through an inverted index: only pairs that share anything are compared
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String s : prints.get(i)) postings.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() > 50) continue; // boilerplate shared by many articles is no evidence of copying one text
            for (int x = 0; x < p.size(); x++) for (int y = x + 1; y < p.size(); y++) shared.merge((long) p.get(x) * n + p.get(y), 1, Integer::sum);
        }
        long crossPairs = 0, crossGold = 0, crossPred = 0, crossTp = 0, crossSameWire = 0, allGold = 0, allPred = 0, allTp = 0;
        double maxCross = 0;
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Doc a = docs.get(i), b = docs.get(j);
                boolean sameWire = a.wire() != null && a.wire().equals(b.wire());
                boolean gold = sameWire && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 1;
                boolean copy = shared.containsKey((long) i * n + j) && Syndication.isCopy(prints.get(i), prints.get(j));
                if (!a.publisher().equals(b.publisher())) {
                    crossPairs++;
                    if (sameWire) crossSameWire++;
                    if (shared.containsKey((long) i * n + j)) maxCross = Math.max(maxCross, Syndication.containment(prints.get(i), prints.get(j)));
                    boolean pred = Syndication.sameSource(a.article(), prints.get(i), b.article(), prints.get(j));
                    if (gold) crossGold++;
                    if (pred) crossPred++;
                    if (gold && pred) crossTp++;
                }
                if (gold) allGold++;
                if (copy) allPred++;
                if (gold && copy) allTp++;
                if (gold || copy) {
                    listed.add(String.format(Locale.ROOT, "%s %.2f  %s [%s, %s, %s] | %s [%s, %s, %s]",
                            gold && copy ? "TP" : gold ? "FN" : "FP", Syndication.containment(prints.get(i), prints.get(j)),
                            a.title(), a.publisher(), a.date(), a.wire() == null ? "no wire" : a.wire(),
                            b.title(), b.publisher(), b.date(), b.wire() == null ? "no wire" : b.wire()));
                }
            }
        }
        Map<String, Integer> wires = new TreeMap<>();
        docs.stream().filter(d -> d.wire() != null).forEach(d -> wires.merge(d.wire(), 1, Integer::sum));
        return new Result(n, wires, new Counts(crossPairs, crossGold, crossPred, crossTp), crossSameWire, maxCross,
                new Counts((long) n * (n - 1) / 2, allGold, allPred, allTp), listed);
    }

    static String wire(String w) {
        if (w == null) return null;
        String s = w.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals("none") || s.equals("na") ? null : s;
    }

    private static List<Doc> read(Path root) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int comp = header.indexOf("compartment"), file = header.indexOf("filename"), pub = header.indexOf("publisher"),
                date = header.indexOf("publication_date"), title = header.indexOf("title"), wire = header.indexOf("wire");
        if (comp < 0 || file < 0 || pub < 0 || date < 0 || wire < 0) throw new IOException("metadata.tsv lacks the expected columns");
        List<Doc> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < header.size()) continue;
            Path text = root.resolve(f[comp]).resolve("text").resolve(f[file] + ".txt");
            if (!Files.isRegularFile(text)) continue;
            LocalDate d = LocalDate.parse(f[date]);
            Article a = new Article(f[file], "", Files.readString(text, StandardCharsets.UTF_8), f[pub], null,
                    d.atStartOfDay().toInstant(ZoneOffset.UTC), null, "en", text.toString());
            out.add(new Doc(a, f[pub], wire(f[wire]), d, title < 0 ? f[file] : f[title]));
        }
        out.sort(java.util.Comparator.comparing((Doc d) -> d.article().id()));
        return out;
    }
}
