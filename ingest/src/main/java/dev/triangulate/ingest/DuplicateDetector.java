package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds exact and near duplicates among articles.
 *
 * <ul>
 *   <li><b>Exact</b>: the same words in the same order ({@link Words#of} of {@link Article#text()},
 *       so case, punctuation and layout do not matter). Of each group the first article by
 *       {@link #PRECEDENCE} is kept, the others are dropped and reported.
 *   <li><b>Near</b>: Jaccard similarity of word 5-gram shingles at least the threshold (0.8).
 *       Both articles are kept (a rewrite may add facts); the pair is reported so that source
 *       grouping can count them once. Candidates come from MinHash signatures with
 *       locality-sensitive hashing (20 bands of 5 rows), so the work grows with the number of
 *       similar pairs, not with the square of the number of articles; every candidate is then
 *       checked with the exact Jaccard similarity.
 * </ul>
 *
 * The outcome does not depend on the order of the input: which copy is kept is decided by
 * {@link #PRECEDENCE}, and candidate generation depends only on the texts.
 */
public final class DuplicateDetector {
    /** Default near-duplicate threshold on shingle Jaccard similarity. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** Shingle length in words. */
    public static final int SHINGLE_WORDS = 5;

    /**
     * Which of two copies is the original: the earlier publication time first, unknown times
     * after all known ones (so the copy kept carries a date), then id, then origin. A total order
     * so that the copy kept is the same in any input order.
     */
    public static final Comparator<Article> PRECEDENCE = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id)
            .thenComparing(Article::origin, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::text);

    private static final int BANDS = 20;
    private static final int ROWS = 5;
    private static final int HASHES = BANDS * ROWS;
    // Signatures agreeing on fewer positions than this are not worth an exact comparison; the
    // margin under the threshold keeps the estimate's sampling error (about 0.04) from losing pairs.
    private static final double ESTIMATE_MARGIN = 0.2;
    private static final long[] SEEDS = seeds();

    private final double threshold;

    /** A detector with the default threshold 0.8. */
    public DuplicateDetector() {
        this(DEFAULT_THRESHOLD);
    }

    /** A detector reporting near duplicates with shingle Jaccard similarity ≥ {@code threshold}. */
    public DuplicateDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
        this.threshold = threshold;
    }

    /**
     * What duplicate detection decided.
     *
     * @param kept       the input minus exact duplicates, in input order
     * @param duplicates exact and near duplicates, sorted by article id, then original id
     * @param problems   one "duplicate of X" problem per dropped article, sorted by origin
     */
    public record Result(List<Article> kept, List<Duplicate> duplicates, List<Problem> problems) {
        /** Copies the lists so the result is immutable. */
        public Result {
            kept = List.copyOf(kept);
            duplicates = List.copyOf(duplicates);
            problems = List.copyOf(problems);
        }
    }

    /** Finds the duplicates among {@code articles}. */
    public Result detect(List<Article> articles) {
        int n = articles.size();
        Fingerprint[] prints = new Fingerprint[n];
        // Per-article work is independent; writing into an array keeps the result deterministic.
        IntStream.range(0, n).parallel().forEach(i -> prints[i] = fingerprint(articles.get(i)));

        List<Duplicate> duplicates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean[] dropped = new boolean[n];
        findExact(articles, prints, dropped, duplicates, problems);
        findNear(articles, prints, dropped, duplicates);

        List<Article> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) if (!dropped[i]) kept.add(articles.get(i));
        duplicates.sort(Comparator.comparing(Duplicate::articleId).thenComparing(Duplicate::duplicateOf)
                .thenComparing(Duplicate::exact));
        problems.sort(Comparator.comparing(Problem::origin, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Problem::message));
        return new Result(kept, duplicates, problems);
    }

    private static void findExact(List<Article> articles, Fingerprint[] prints, boolean[] dropped,
                                  List<Duplicate> duplicates, List<Problem> problems) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(prints[i].exactKey, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) continue;
            group.sort(Comparator.comparing(articles::get, PRECEDENCE));
            Article original = articles.get(group.get(0));
            for (int g = 1; g < group.size(); g++) {
                Article copy = articles.get(group.get(g));
                dropped[group.get(g)] = true;
                duplicates.add(new Duplicate(copy.id(), original.id(), 1.0, true));
                problems.add(new Problem(copy.origin(), "duplicate of " + original.id() + " (" + original.origin() + ")"));
            }
        }
    }

    private void findNear(List<Article> articles, Fingerprint[] prints, boolean[] dropped, List<Duplicate> duplicates) {
        Set<Long> candidates = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < prints.length; i++) {
                if (dropped[i] || prints[i].signature == null) continue;
                buckets.computeIfAbsent(bandKey(prints[i].signature, band), k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        candidates.add(((long) bucket.get(a) << 32) | bucket.get(b));
                    }
                }
            }
        }
        Map<Integer, long[]> shingleCache = new HashMap<>();
        for (long pair : candidates) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (estimate(prints[i].signature, prints[j].signature) < threshold - ESTIMATE_MARGIN) continue;
            long[] si = shingleCache.computeIfAbsent(i, k -> shingles(Words.of(articles.get(k).text())));
            long[] sj = shingleCache.computeIfAbsent(j, k -> shingles(Words.of(articles.get(k).text())));
            double similarity = jaccard(si, sj);
            if (similarity < threshold) continue;
            boolean iFirst = PRECEDENCE.compare(articles.get(i), articles.get(j)) <= 0;
            Article original = articles.get(iFirst ? i : j);
            Article copy = articles.get(iFirst ? j : i);
            duplicates.add(new Duplicate(copy.id(), original.id(), Math.min(1.0, similarity), false));
        }
    }

    private record Fingerprint(String exactKey, int[] signature) {}

    private static Fingerprint fingerprint(Article article) {
        List<String> words = Words.of(article.text());
        long[] shingles = shingles(words);
        return new Fingerprint(digest(String.join(" ", words)), shingles.length == 0 ? null : minHash(shingles));
    }

    /**
     * Sorted distinct 64-bit hashes of the word 5-grams, defined as in {@link Words#shingles}
     * (a text shorter than five words is one shingle). Hashes instead of strings keep memory
     * small; a collision among 64-bit hashes is negligible at any realistic corpus size.
     */
    static long[] shingles(List<String> words) {
        if (words.isEmpty()) return new long[0];
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) wordHashes[i] = hash(words.get(i));
        int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        int width = Math.min(SHINGLE_WORDS, words.size());
        long[] out = new long[count];
        for (int s = 0; s < count; s++) {
            long h = width;
            for (int k = 0; k < width; k++) h = h * 0x9E3779B97F4A7C15L + wordHashes[s + k];
            out[s] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[distinct++] = out[i];
        return Arrays.copyOf(out, distinct);
    }

    private static int[] minHash(long[] shingles) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(x ^ SEEDS[h]) >>> 33); // non-negative, so signed min is fine
                if (v < sig[h]) sig[h] = v;
            }
        }
        return sig;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = h * 0x100000001B3L + sig[band * ROWS + r];
        return mix(h);
    }

    private static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) if (a[h] == b[h]) same++;
        return same / (double) HASHES;
    }

    /** Jaccard similarity of two sorted distinct arrays. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 0;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (a.length + b.length - common);
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L; // FNV-1a, not String.hashCode: 64 bits, and fixed by us
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    // SplitMix64 finalizer: spreads FNV's weak low bits over the whole word.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    private static String digest(String normalized) {
        try {
            // A digest instead of the text itself: the map of keys stays small for large corpora.
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
