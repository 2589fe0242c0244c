package dev.triangulate.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed and pairwise precision/recall/F1 of a clustering against a gold clustering.
 *
 * <p>Only documents with a gold label are scored; a gold document missing from the prediction
 * counts as a predicted singleton. B-cubed (Bagga &amp; Baldwin 1998): for each document,
 * precision = |predicted cluster ∩ gold cluster| / |predicted cluster| and recall =
 * |predicted cluster ∩ gold cluster| / |gold cluster| (clusters restricted to scored documents,
 * each document counting itself), averaged over documents; F1 is the harmonic mean of the
 * averages. Pairwise: over unordered document pairs, precision = pairs together in both /
 * pairs together in the prediction, recall = pairs together in both / pairs together in gold;
 * a ratio with no pairs in its denominator is 1 (nothing claimed, nothing missed).
 */
public final class ClusteringMetrics {
    private ClusteringMetrics() {}

    public static ClusteringScores score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        Map<String, String> pred = new HashMap<>();
        for (var e : gold.entrySet()) {
            String doc = e.getKey();
            String p = predicted.get(doc);
            p = p == null ? "\u0000singleton:" + doc : "\u0001" + p;
            pred.put(doc, p);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            cell.merge(p + "\u0002" + e.getValue(), 1, Integer::sum);
        }
        int n = gold.size();
        double bp = 0, br = 0;
        for (var e : gold.entrySet()) {
            String p = pred.get(e.getKey());
            double both = cell.get(p + "\u0002" + e.getValue());
            bp += both / predSize.get(p);
            br += both / goldSize.get(e.getValue());
        }
        PrfScores bcubed = n == 0 ? PrfScores.of(1, 1) : PrfScores.of(bp / n, br / n);
        long goldPairs = 0, predPairs = 0, bothPairs = 0;
        for (int s : goldSize.values()) goldPairs += pairs(s);
        for (int s : predSize.values()) predPairs += pairs(s);
        for (int s : cell.values()) bothPairs += pairs(s);
        double pp = predPairs == 0 ? 1 : bothPairs / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : bothPairs / (double) goldPairs;
        return new ClusteringScores(bcubed, PrfScores.of(pp, pr), n, goldSize.size(), predSize.size());
    }

    private static long pairs(long s) {
        return s * (s - 1) / 2;
    }
}
