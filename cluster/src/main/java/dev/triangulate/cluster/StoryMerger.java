package dev.triangulate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch-only consolidation: after the online pass, stories whose aggregated representations are
 * strongly similar are merged (agglomerative, greedy). Candidate pairs come from an inverted
 * index over the stories' rarer words and names; each pair is scored by a second small tree
 * model over symmetric story-pair features ({@code merge-model.txt}); pairs at or above
 * {@link #THRESHOLD} are merged best first, each story at most once per round, and the rounds
 * repeat (with recomputed features) until nothing merges.
 *
 * <p>Deterministic: stories are processed in their given order (first-article order of the
 * sorted batch), ties are broken by that order, and a merged story keeps the id of the earlier
 * story.
 */
final class StoryMerger {
    private StoryMerger() {}

    static final String[] FEATURES = {
            "bias", "cos", "nameCos", "nameContain", "rareNames", "rareTerms", "phrases", "titleOverlap",
            "placeShared", "regionConflict", "inConflict", "logDayDist", "dayUnknown", "dayFar",
            "dateOverlap", "dateConflict", "ageShared", "ageConflict", "logMinSize", "logMaxSize",
            "farXevidence", "noNames", "logMinTerms", "numOverlap", "numConflict"};

    /** Merge a pair when its probability reaches this. */
    static double THRESHOLD = 0.4;
    static final int CANDIDATES = 10;
    static final int QUERY_TERMS = 30;
    static final int QUERY_NAMES = 15;
    static final int QUERY_TITLE = 10;
    static final int MAX_ROUNDS = 8;

    /** Null: no consolidation (no model fitted yet). */
    static Gbdt MODEL = load();

    private static Gbdt load() {
        var in = StoryMerger.class.getResourceAsStream("merge-model.txt");
        return in == null ? null : Gbdt.parse(in);
    }

    /** A candidate pair of stories (indices into the story list) with its features. */
    record Pair(int a, int b, double[] x) {}

    /** Story-level document frequencies over the current stories. */
    static final class Df implements Decision.Stats {
        final Map<String, Integer> terms = new HashMap<>();
        final Map<String, Integer> names = new HashMap<>();
        final int n;

        Df(List<StoryState> stories) {
            int k = 0;
            for (StoryState s : stories) {
                if (s == null) continue;
                k++;
                for (String t : s.terms.keySet()) terms.merge(t, 1, Integer::sum);
                for (String t : s.names.keySet()) names.merge(t, 1, Integer::sum);
            }
            n = k;
        }

        private final Map<String, Double> idfT = new HashMap<>(), idfN = new HashMap<>();
        private final Map<StoryState, Double> norms = new java.util.IdentityHashMap<>();

        @Override
        public double idfTerm(String t) {
            Double v = idfT.get(t);
            if (v == null) idfT.put(t, v = Decision.Stats.idf(n, dfTerm(t)));
            return v;
        }

        @Override
        public double idfName(String t) {
            Double v = idfN.get(t);
            if (v == null) idfN.put(t, v = Decision.Stats.idf(n, dfName(t)));
            return v;
        }

        /** Norm of a story's (1 + log count) * idf word vector. */
        double norm(StoryState s) {
            Double v = norms.get(s);
            if (v == null) {
                double sum = 0;
                for (var e : s.terms.entrySet()) {
                    double w = (1 + Math.log(e.getValue())) * idfTerm(e.getKey());
                    sum += w * w;
                }
                norms.put(s, v = Math.sqrt(sum));
            }
            return v;
        }

        @Override
        public int dfTerm(String t) {
            return terms.getOrDefault(t, 0);
        }

        @Override
        public int dfName(String t) {
            return names.getOrDefault(t, 0);
        }

        @Override
        public int stories() {
            return n;
        }
    }

    /**
     * Merges the stories in place: returns, for each input index, the index of the story it was
     * merged into (itself when not merged). Earlier indices absorb later ones.
     */
    static int[] merge(List<StoryState> stories) {
        int n = stories.size();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        if (MODEL == null) return root;
        List<StoryState> live = new ArrayList<>(stories);
        boolean[] changed = new boolean[n];
        java.util.Arrays.fill(changed, true);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Df df = new Df(live);
            // after the first round only the stories that grew look for partners again
            List<Pair> pairs = pairs(live, df, changed);
            double[] p = new double[pairs.size()];
            for (int i = 0; i < p.length; i++) p[i] = Decision.sigmoid(MODEL.score(pairs.get(i).x()));
            Integer[] order = new Integer[p.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(p[y], p[x]);
                if (c != 0) return c;
                c = Integer.compare(pairs.get(x).a(), pairs.get(y).a());
                return c != 0 ? c : Integer.compare(pairs.get(x).b(), pairs.get(y).b());
            });
            boolean[] touched = new boolean[n];
            int merged = 0;
            for (int o : order) {
                if (p[o] < THRESHOLD) break;
                Pair pr = pairs.get(o);
                if (touched[pr.a()] || touched[pr.b()]) continue;
                touched[pr.a()] = touched[pr.b()] = true;
                live.get(pr.a()).absorb(live.get(pr.b()));
                live.set(pr.b(), null);
                root[pr.b()] = pr.a();
                merged++;
            }
            if (merged == 0) break;
            for (int i = 0; i < n; i++) changed[i] = touched[i] && live.get(i) != null;
        }
        for (int i = 0; i < n; i++) {
            int r = i;
            while (root[r] != r) r = root[r];
            root[i] = r;
        }
        return root;
    }

    /** Candidate pairs (a < b) among the live stories, each story with its best few neighbours. */
    static List<Pair> pairs(List<StoryState> live, Df df) {
        boolean[] all = new boolean[live.size()];
        java.util.Arrays.fill(all, true);
        return pairs(live, df, all);
    }

    /** Candidate pairs found by the stories flagged in {@code from}. */
    static List<Pair> pairs(List<StoryState> live, Df df, boolean[] from) {
        int n = live.size();
        int common = Math.max(50, df.n / 20);
        // inverted index: query keys → stories holding them
        Map<String, List<Integer>> post = new HashMap<>();
        List<List<String>> keys = new ArrayList<>(n);
        List<double[]> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StoryState s = live.get(i);
            if (s == null) {
                keys.add(List.of());
                weights.add(new double[0]);
                continue;
            }
            List<String> ts = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            top(s.terms, t -> df.dfTerm(t) <= common ? (1 + Math.log(s.terms.get(t))) * df.idfTerm(t) : -1, QUERY_TERMS, "t:", ts, ws);
            top(s.names, t -> df.dfName(t) <= common ? 2 * df.idfName(t) : -1, QUERY_NAMES, "n:", ts, ws);
            // title words too: crawled pages whose body is page furniture are found by their title
            List<String> tt = new ArrayList<>();
            List<Double> tw = new ArrayList<>();
            top(s.titleTerms, t -> df.dfTerm(t) <= common ? df.idfTerm(t) * s.share(s.titleTerms.get(t)) : -1, QUERY_TITLE, "t:", tt, tw);
            for (int k = 0; k < tt.size(); k++) {
                int at = ts.indexOf(tt.get(k));
                if (at < 0) {
                    ts.add(tt.get(k));
                    ws.add(tw.get(k));
                }
            }
            keys.add(ts);
            double[] w = new double[ws.size()];
            for (int k = 0; k < w.length; k++) w[k] = ws.get(k);
            weights.add(w);
            for (String k : ts) post.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        List<Pair> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Map<String, int[]> postings = new HashMap<>();
        for (var e : post.entrySet()) postings.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        double[] score = new double[n];
        int[] hit = new int[n];
        for (int i = 0; i < n; i++) {
            if (live.get(i) == null || !from[i]) continue;
            int hits = 0;
            List<String> ks = keys.get(i);
            for (int k = 0; k < ks.size(); k++) {
                double w = weights.get(i)[k];
                for (int j : postings.get(ks.get(k))) {
                    if (j == i) continue;
                    if (score[j] == 0) hit[hits++] = j;
                    score[j] += w;
                }
            }
            List<Integer> cand = new ArrayList<>(hits);
            for (int h = 0; h < hits; h++) cand.add(hit[h]);
            final double[] sc = score;
            cand.sort((x, y) -> {
                int c = Double.compare(sc[y], sc[x]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            for (int h = 0; h < hits; h++) score[hit[h]] = 0;
            for (int c = 0; c < Math.min(CANDIDATES, cand.size()); c++) {
                int j = cand.get(c);
                int a = Math.min(i, j), b = Math.max(i, j);
                if (seen.add((long) a * n + b)) out.add(new Pair(a, b, features(live.get(a), live.get(b), df)));
            }
        }
        out.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return out;
    }

    private static void top(Map<String, Integer> m, java.util.function.ToDoubleFunction<String> w, int k, String prefix,
                            List<String> keys, List<Double> ws) {
        List<String> ks = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (String t : m.keySet()) {
            double v = w.applyAsDouble(t);
            if (v > 0) {
                ks.add(t);
                vs.add(v);
            }
        }
        Integer[] order = new Integer[ks.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(vs.get(y), vs.get(x));
            return c != 0 ? c : ks.get(x).compareTo(ks.get(y));
        });
        for (int i = 0; i < Math.min(k, order.length); i++) {
            keys.add(prefix + ks.get(order[i]));
            ws.add(vs.get(order[i]));
        }
    }

    static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) if (!Character.isDigit(t.charAt(i))) return false;
        return !t.isEmpty();
    }

    private static double numberWeight(StoryState s, Df df) {
        double w = 0;
        for (String t : s.terms.keySet()) if (isNumber(t)) w += df.idfTerm(t);
        return w;
    }

    /** Symmetric similarity features of two stories. */
    static double[] features(StoryState a, StoryState b, Df df) {
        double[] x = new double[FEATURES.length];
        x[0] = 1;
        // words: cosine of (1 + log count) * idf vectors
        double dot = 0;
        int rare = 0;
        StoryState small = a.terms.size() <= b.terms.size() ? a : b, large = small == a ? b : a;
        for (var e : small.terms.entrySet()) {
            Integer c = large.terms.get(e.getKey());
            if (c != null) {
                double idf = df.idfTerm(e.getKey());
                dot += (1 + Math.log(e.getValue())) * (1 + Math.log(c)) * idf * idf;
                if (df.dfTerm(e.getKey()) <= Decision.RARE_DF) rare++;
            }
        }
        double na = df.norm(a), nb = df.norm(b);
        x[1] = na == 0 || nb == 0 ? 0 : dot / (na * nb);
        x[5] = Math.log1p(rare);
        // names, weighted by idf and the share of members naming them
        double nDot = 0, nna = 0, nnb = 0, sa = 0, sb = 0, shared = 0, rareNames = 0;
        for (var e : a.names.entrySet()) {
            double idf = df.idfName(e.getKey());
            double wa = idf * a.share(e.getValue());
            nna += wa * wa;
            sa += wa;
            Integer c = b.names.get(e.getKey());
            if (c != null) {
                double wb = idf * b.share(c);
                nDot += wa * wb;
                shared += Math.min(wa, wb);
                if (df.dfName(e.getKey()) <= Decision.RARE_DF) rareNames += Math.min(a.share(e.getValue()), b.share(c));
            }
        }
        for (var e : b.names.entrySet()) {
            double wb = df.idfName(e.getKey()) * b.share(e.getValue());
            nnb += wb * wb;
            sb += wb;
        }
        x[2] = nna == 0 || nnb == 0 ? 0 : nDot / Math.sqrt(nna * nnb);
        x[3] = sa == 0 || sb == 0 ? 0 : shared / Math.min(sa, sb);
        x[4] = Math.log1p(rareNames);
        x[21] = sa == 0 || sb == 0 ? 1 : 0;
        double phrases = 0;
        for (var e : a.phrases.entrySet()) {
            Integer c = b.phrases.get(e.getKey());
            if (c != null) phrases += Math.min(a.share(e.getValue()), b.share(c));
        }
        x[6] = Math.log1p(phrases);
        double ta = 0, tb = 0, ts = 0;
        for (var e : a.titleTerms.entrySet()) {
            double w = df.idfTerm(e.getKey()) * a.share(e.getValue());
            ta += w;
            Integer c = b.titleTerms.get(e.getKey());
            if (c != null) ts += Math.min(w, df.idfTerm(e.getKey()) * b.share(c));
        }
        for (var e : b.titleTerms.entrySet()) tb += df.idfTerm(e.getKey()) * b.share(e.getValue());
        x[7] = ta == 0 || tb == 0 ? 0 : ts / Math.min(ta, tb);
        // places
        double placeShared = 0, regionShared = 0, inShared = 0;
        boolean aRegion = false, bRegion = false, aIn = false, bIn = false;
        for (var e : a.places.entrySet()) {
            boolean region = !e.getKey().startsWith("in:");
            if (region) aRegion = true; else aIn = true;
            Integer c = b.places.get(e.getKey());
            if (c == null) continue;
            double sh = Math.min(a.share(e.getValue()), b.share(c));
            placeShared += sh;
            if (region) regionShared = Math.max(regionShared, sh); else inShared = Math.max(inShared, sh);
        }
        for (String p : b.places.keySet()) {
            if (p.startsWith("in:")) bIn = true; else bRegion = true;
        }
        x[8] = Math.min(3, placeShared) / 3.0;
        x[9] = aRegion && bRegion && regionShared < 0.2 ? 1 : 0;
        x[10] = aIn && bIn && inShared < 0.2 ? 1 : 0;
        // publication days
        int dist = Integer.MAX_VALUE;
        for (int d : a.pubDays) for (int e : b.pubDays) dist = Math.min(dist, Math.abs(d - e));
        double strong = rareNames + phrases;
        if (dist == Integer.MAX_VALUE) {
            x[12] = 1;
        } else {
            x[11] = Math.log1p(dist);
            x[13] = dist > 14 ? 1 : 0;
            x[20] = x[13] * Math.log1p(strong);
        }
        if (!a.dates.isEmpty() && !b.dates.isEmpty()) {
            double overlap = 0;
            for (var e : a.dates.entrySet()) {
                Integer c = b.dates.get(e.getKey());
                if (c != null) overlap = Math.max(overlap, Math.min(a.share(e.getValue()), b.share(c)));
            }
            x[14] = overlap;
            x[15] = overlap == 0 ? 1 : 0;
        }
        if (!a.ages.isEmpty() && !b.ages.isEmpty()) {
            double s = 0;
            for (var e : a.ages.entrySet()) {
                Integer c = b.ages.get(e.getKey());
                if (c != null) s += Math.min(a.share(e.getValue()), b.share(c));
            }
            x[16] = Math.min(2, s) / 2.0;
            x[17] = s < 0.2 ? 1 : 0;
        }
        // numbers (amounts, counts, addresses): idf-weighted overlap of the digit-only words
        double numA = numberWeight(a, df), numB = numberWeight(b, df), numShared = 0;
        for (var e : small.terms.entrySet()) {
            if (isNumber(e.getKey()) && large.terms.containsKey(e.getKey())) numShared += df.idfTerm(e.getKey());
        }
        if (numA > 0 && numB > 0) {
            x[23] = numShared / Math.min(numA, numB);
            x[24] = x[23] < 0.1 ? 1 : 0;
        }
        x[22] = Math.log1p(Math.min(a.terms.size(), b.terms.size()));
        x[18] = Math.log(Math.min(a.size(), b.size()));
        x[19] = Math.log(Math.max(a.size(), b.size()));
        return x;
    }
}
