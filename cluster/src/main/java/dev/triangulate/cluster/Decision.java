package dev.triangulate.cluster;

import java.util.Map;

/**
 * Whether an article belongs to a candidate story: similarity features (text, names, places,
 * dates, ages, title) scored by a small gradient-boosted tree model fitted on the development
 * sets (see docs/clustering.md); the article joins the best candidate when its probability
 * reaches {@link #THRESHOLD}.
 */
final class Decision {
    private Decision() {}

    /** Corpus statistics the features need (story-level document frequencies). */
    interface Stats {
        /** Number of stories containing the content word. */
        int dfTerm(String term);

        int dfName(String name);

        /** Number of stories (the idf base). */
        int stories();

        default double idfTerm(String term) {
            return idf(stories(), dfTerm(term));
        }

        default double idfName(String name) {
            return idf(stories(), dfName(name));
        }

        /** Smoothed inverse story frequency, the one formula for words and names. */
        static double idf(int stories, int df) {
            return Math.log((stories + 1.0) / (df + 1.0)) + 1;
        }
    }

    static final String[] FEATURES = {
            "bias", "cos", "nameContain", "nameShared", "noNames", "placeShared", "regionConflict",
            "inConflict", "logDayDist", "dayUnknown", "dayFar", "dateOverlap", "dateConflict",
            "ageShared", "ageConflict", "cosXname", "logSize", "rareTerms", "rareNames", "phrases", "farXevidence", "titleOverlap"};

    /** A word or name in at most this many stories counts as rare (a specific identifier). */
    static final int RARE_DF = 3;

    /** Join the best candidate when its probability reaches this. */
    static double THRESHOLD = 0.5;

    /**
     * The fitted model: gradient-boosted trees over {@link #FEATURES} giving the log-odds that the
     * candidate story is the article's story (resource {@code decision-model.txt}, written by the
     * tuning harness in src/test).
     */
    static Gbdt MODEL = Gbdt.parse(Decision.class.getResourceAsStream("decision-model.txt"));

    /** Log-odds that the candidate is the article's story. */
    static double score(double[] x) {
        return MODEL.score(x);
    }

    static double sigmoid(double z) {
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
        double rareNames = 0;
        for (String n : a.names().keySet()) {
            double w = stats.idfName(n);
            wa += w;
            double share = s.share(s.names.get(n));
            if (share > 0) {
                shared += w * share;
                if (stats.dfName(n) <= RARE_DF) rareNames += share;
            }
        }
        x[18] = Math.log1p(rareNames);
        double phrases = 0;
        for (String p : a.phrases()) phrases += s.share(s.phrases.get(p));
        x[19] = Math.log1p(phrases);
        double strong = rareNames + phrases;
        double tw = 0, tShared = 0;
        for (String t : a.titleTerms()) {
            double w = stats.idfTerm(t);
            tw += w;
            tShared += w * s.share(s.titleTerms.get(t));
        }
        x[21] = tw == 0 ? 0 : tShared / tw;
        x[2] = wa == 0 || ws == 0 ? 0 : shared / Math.min(wa, ws);
        x[3] = Math.min(3, shared / 10);
        x[4] = wa == 0 || ws == 0 ? 1 : 0;
        // places (weighted by the share of members naming them)
        double placeShared = 0, regionShared = 0, inShared = 0;
        boolean aRegion = false, sRegion = false, aIn = false, sIn = false;
        for (String p : a.places()) {
            boolean region = !p.startsWith("in:");
            double share = s.share(s.places.get(p));
            placeShared += share;
            if (region) {
                aRegion = true;
                regionShared = Math.max(regionShared, share);
            } else {
                aIn = true;
                inShared = Math.max(inShared, share);
            }
        }
        for (String p : s.places.keySet()) {
            if (p.startsWith("in:")) sIn = true; else sRegion = true;
        }
        x[5] = Math.min(3, placeShared) / 3.0;
        x[6] = aRegion && sRegion && regionShared < 0.2 ? 1 : 0;
        x[7] = aIn && sIn && inShared < 0.2 ? 1 : 0;
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
            x[20] = x[10] * Math.log1p(strong);
        }
        // mentioned dates
        if (!a.dates().isEmpty() && !s.dates.isEmpty()) {
            double overlap = 0;
            for (int d : a.dates()) overlap = Math.max(overlap, s.share(s.dates.get(d)));
            x[11] = overlap;
            x[12] = overlap == 0 ? 1 : 0;
        }
        // ages
        if (!a.ages().isEmpty() && !s.ages.isEmpty()) {
            double n = 0;
            for (int g : a.ages()) n += s.share(s.ages.get(g));
            x[13] = Math.min(2, n) / 2.0;
            x[14] = n < 0.2 ? 1 : 0;
        }
        x[15] = cos * x[2];
        x[16] = Math.log(s.size());
        return x;
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
