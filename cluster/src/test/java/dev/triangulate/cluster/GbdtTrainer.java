package dev.triangulate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Histogram gradient boosting with logistic loss (tuning harness only). */
final class GbdtTrainer {
    private GbdtTrainer() {}

    static Gbdt train(List<Tune.Sample> samples, int rounds, int depth, double rate, double minHess, double lambda) {
        int n = samples.size(), d = samples.get(0).x().length;
        double[][] thr = new double[d][];
        short[][] bin = new short[n][d];
        for (int f = 0; f < d; f++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = samples.get(i).x()[f];
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            TreeSet<Double> cuts = new TreeSet<>();
            for (int q = 1; q < 64; q++) cuts.add(sorted[(int) ((long) q * (n - 1) / 64)]);
            thr[f] = cuts.stream().mapToDouble(Double::doubleValue).toArray();
            for (int i = 0; i < n; i++) {
                int b = Arrays.binarySearch(thr[f], v[i]);
                bin[i][f] = (short) (b >= 0 ? b : -b - 1); // bin b: value <= thr[b]
            }
        }
        double sw = 0, sy = 0;
        for (Tune.Sample s : samples) {
            sw += s.w();
            if (s.y()) sy += s.w();
        }
        double base = Math.log(sy / (sw - sy));
        double[] f = new double[n];
        Arrays.fill(f, base);
        List<double[][]> trees = new ArrayList<>();
        double[] g = new double[n], h = new double[n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-f[i]));
                Tune.Sample s = samples.get(i);
                g[i] = s.w() * (p - (s.y() ? 1 : 0));
                h[i] = s.w() * p * (1 - p);
            }
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            List<double[]> nodes = new ArrayList<>();
            build(all, 0, depth, nodes, bin, thr, g, h, rate, minHess, lambda);
            double[][] tree = nodes.toArray(new double[0][]);
            trees.add(tree);
            Gbdt one = new Gbdt(0, java.util.Collections.singletonList(tree));
            for (int i = 0; i < n; i++) f[i] += one.score(samples.get(i).x());
        }
        return new Gbdt(base, trees);
    }

    private static int build(int[] idx, int level, int depth, List<double[]> nodes, short[][] bin, double[][] thr,
                             double[] g, double[] h, double rate, double minHess, double lambda) {
        int me = nodes.size();
        nodes.add(null);
        double G = 0, H = 0;
        for (int i : idx) {
            G += g[i];
            H += h[i];
        }
        int bestF = -1, bestB = -1;
        double bestGain = 1e-9;
        if (level < depth && H >= 2 * minHess) {
            int d = thr.length;
            for (int f = 0; f < d; f++) {
                int nb = thr[f].length + 1;
                double[] hg = new double[nb], hh = new double[nb];
                for (int i : idx) {
                    hg[bin[i][f]] += g[i];
                    hh[bin[i][f]] += h[i];
                }
                double gl = 0, hl = 0;
                for (int b = 0; b < nb - 1; b++) {
                    gl += hg[b];
                    hl += hh[b];
                    double gr = G - gl, hr = H - hl;
                    if (hl < minHess || hr < minHess) continue;
                    double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - G * G / (H + lambda);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestF = f;
                        bestB = b;
                    }
                }
            }
        }
        if (bestF < 0) {
            nodes.set(me, new double[] {-1, -rate * G / (H + lambda), 0, 0});
            return me;
        }
        int nl = 0;
        for (int i : idx) if (bin[i][bestF] <= bestB) nl++;
        int[] left = new int[nl], right = new int[idx.length - nl];
        int a = 0, c = 0;
        for (int i : idx) {
            if (bin[i][bestF] <= bestB) left[a++] = i;
            else right[c++] = i;
        }
        double[] node = {bestF, thr[bestF][bestB], 0, 0};
        nodes.set(me, node);
        node[2] = build(left, level + 1, depth, nodes, bin, thr, g, h, rate, minHess, lambda);
        node[3] = build(right, level + 1, depth, nodes, bin, thr, g, h, rate, minHess, lambda);
        return me;
    }
}
