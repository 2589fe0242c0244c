package dev.triangulate.cluster;

import java.util.Map;
import java.util.Set;

/**
 * Whether an article belongs to a candidate story: a logistic model over similarity features
 * (text, names, places, dates, ages). The weights were fitted on the development sets (see
 * docs/clustering.md); the join threshold is {@link #THRESHOLD}.
 */
final class Decision {
    private Decision() {}

    /** Corpus statistics the features need (story-level document frequencies). */
    interface Stats {
        double idfTerm(String term);

        double idfName(String name);

        /** Number of stories containing the content word. */
        int dfTerm(String term);

        int dfName(String name);

        /** Number of stories (the idf base). */
        int stories();
    }

    static final String[] FEATURES = {
            "bias", "cos", "nameContain", "nameShared", "noNames", "placeShared", "regionConflict",
            "inConflict", "logDayDist", "dayUnknown", "dayFar", "dateOverlap", "dateConflict",
            "ageShared", "ageConflict", "cosXname", "logSize", "rareTerms", "rareNames", "phrases"};

    /** Logistic-regression weights, one per {@link #FEATURES} entry. */
    static double[] WEIGHTS = {
            -6.0, 9.0, 3.0, 1.0, 0.0, 0.5, -2.0,
            -0.5, -0.8, 0.0, -1.0, 1.0, -1.0,
            0.5, -0.5, 0.0, 0.0, 0.5, 0.5, 0.5};

    /** A word or name in at most this many stories counts as rare (a specific identifier). */
    static final int RARE_DF = 3;

    /** Join the best candidate when its probability reaches this. */
    static double THRESHOLD = 0.5;

    static double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) z += WEIGHTS[i] * x[i];
        return 1 / (1 + Math.exp(-z));
    }

    static double[] features(TextFeatures.Features a, double[] aVector, double aNorm, StoryState s, Stats stats) {
        double[] x = new double[FEATURES.length];
        x[0] = 1;
        // text: cosine of tf-idf vectors
        double dot = 0;
        double sNorm = s.norm(stats);
        int i = 0, rareTerms = 0;
        for (var e : a.terms().entrySet()) {
            Integer c = s.terms.get(e.getKey());
            if (c != null) {
                dot += aVector[i] * (1 + Math.log(c)) * stats.idfTerm(e.getKey());
                if (stats.dfTerm(e.getKey()) <= RARE_DF) rareTerms++;
            }
            i++;
        }
        x[17] = Math.log1p(rareTerms);
        double cos = aNorm == 0 || sNorm == 0 ? 0 : dot / (aNorm * sNorm);
        x[1] = cos;
        // names
        double wa = 0, ws = s.nameWeight(stats), shared = 0;
        int rareNames = 0;
        for (String n : a.names().keySet()) {
            double w = stats.idfName(n);
            wa += w;
            if (s.names.containsKey(n)) {
                shared += w;
                if (stats.dfName(n) <= RARE_DF) rareNames++;
            }
        }
        x[18] = Math.log1p(rareNames);
        int phrases = 0;
        for (String p : a.phrases()) if (s.phrases.contains(p)) phrases++;
        x[19] = Math.log1p(phrases);
        x[2] = wa == 0 || ws == 0 ? 0 : shared / Math.min(wa, ws);
        x[3] = Math.min(3, shared / 10);
        x[4] = wa == 0 || ws == 0 ? 1 : 0;
        // places
        int placeShared = 0;
        boolean aRegion = false, sRegion = false, regionShared = false, aIn = false, sIn = false, inShared = false;
        for (String p : a.places()) {
            boolean region = !p.startsWith("in:");
            boolean has = s.places.containsKey(p);
            if (has) placeShared++;
            if (region) { aRegion = true; regionShared |= has; } else { aIn = true; inShared |= has; }
        }
        for (String p : s.places.keySet()) {
            if (p.startsWith("in:")) sIn = true; else sRegion = true;
        }
        x[5] = Math.min(3, placeShared) / 3.0;
        x[6] = aRegion && sRegion && !regionShared ? 1 : 0;
        x[7] = aIn && sIn && !inShared ? 1 : 0;
        // publication days
        int dist = Integer.MAX_VALUE;
        if (a.day() != TextFeatures.NO_DAY) {
            for (int d : s.pubDays) dist = Math.min(dist, Math.abs(d - a.day()));
        }
        if (dist == Integer.MAX_VALUE) {
            x[9] = 1;
        } else {
            x[8] = Math.log1p(dist);
            x[10] = dist > 14 ? 1 : 0;
        }
        // mentioned dates
        if (!a.dates().isEmpty() && !s.dates.isEmpty()) {
            boolean overlap = intersects(a.dates(), s.dates);
            x[11] = overlap ? 1 : 0;
            x[12] = overlap ? 0 : 1;
        }
        // ages
        if (!a.ages().isEmpty() && !s.ages.isEmpty()) {
            int n = 0;
            for (int g : a.ages()) if (s.ages.contains(g)) n++;
            x[13] = Math.min(2, n) / 2.0;
            x[14] = n == 0 ? 1 : 0;
        }
        x[15] = cos * x[2];
        x[16] = Math.log(s.size());
        return x;
    }

    private static boolean intersects(Set<Integer> a, Set<Integer> b) {
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        for (int v : small) if (large.contains(v)) return true;
        return false;
    }

    /** The article's tf-idf weights in {@code a.terms()} iteration order. */
    static double[] vector(Map<String, Integer> terms, Stats stats) {
        double[] v = new double[terms.size()];
        int i = 0;
        for (var e : terms.entrySet()) v[i++] = (1 + Math.log(e.getValue())) * stats.idfTerm(e.getKey());
        return v;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }
}
