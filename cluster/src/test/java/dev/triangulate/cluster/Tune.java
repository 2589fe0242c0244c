package dev.triangulate.cluster;

import dev.triangulate.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tuning harness (not a test): fits the decision weights on the development sets by teacher
 * forcing, then sweeps the join threshold with real online runs.
 *
 * <pre>java -cp ... dev.triangulate.cluster.Tune DATA_DIR [fit] [sweep t1,t2,...]</pre>
 */
public final class Tune {
    record Sample(double[] x, boolean y, double w) {}

    record Set(String name, DevSet data) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Set> sets = List.of(
                new Set("gva", DevSet.read(dir.resolve("gva/docs.jsonl.gz"), "incident_id")),
                new Set("ecbplus", DevSet.read(dir.resolve("ecbplus/docs.jsonl.gz"), "subtopic")));
        List<String> ops = Arrays.asList(args).subList(1, args.length);
        if (ops.contains("fit")) {
            List<Sample> all = new ArrayList<>();
            for (Set s : sets) {
                List<Sample> xs = forced(s);
                double w = 1.0 / xs.size();
                for (Sample x : xs) all.add(new Sample(x.x, x.y, w));
            }
            double[] wts = fit(all, 1e-4);
            Decision.WEIGHTS = wts;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < wts.length; i++) {
                sb.append(String.format(Locale.ROOT, "%s=%.3f ", Decision.FEATURES[i], wts[i]));
            }
            System.out.println("weights " + sb);
            StringBuilder arr = new StringBuilder();
            for (double w : wts) arr.append(String.format(Locale.ROOT, "%.3f, ", w));
            System.out.println("array {" + arr + "}");
        }
        for (String op : ops) {
            if (op.startsWith("w=")) {
                double[] w = new double[Decision.FEATURES.length];
                for (String kv : op.substring(2).split(",")) {
                    String[] p = kv.split(":");
                    w[Arrays.asList(Decision.FEATURES).indexOf(p[0])] = Double.parseDouble(p[1]);
                }
                Decision.WEIGHTS = w;
            }
        }
        if (ops.contains("fitsep")) {
            for (Set s : sets) {
                Decision.WEIGHTS = fit(forced(s), 1e-4);
                System.out.println(s.name + " own weights " + Arrays.toString(round(Decision.WEIGHTS)));
                for (double t : new double[] {0.3, 0.5, 0.7}) {
                    Decision.THRESHOLD = t;
                    double[] sc = score(StoryClusterer.clusterBatch(s.data.articles()), s.data.gold());
                    System.out.printf(Locale.ROOT, "  own t=%.1f B3 %.3f/%.3f/%.3f pw %.3f/%.3f/%.3f%n", t,
                            sc[0], sc[1], sc[2], sc[3], sc[4], sc[5]);
                }
            }
            return;
        }
        double[] thresholds = {Decision.THRESHOLD};
        int i = ops.indexOf("sweep");
        if (i >= 0) thresholds = Arrays.stream(ops.get(i + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
        for (double t : thresholds) {
            Decision.THRESHOLD = t;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", t));
            for (Set s : sets) {
                long t0 = System.nanoTime();
                Map<String, String> pred = StoryClusterer.clusterBatch(s.data.articles());
                double ms = (System.nanoTime() - t0) / 1e6;
                double[] sc = score(pred, s.data.gold());
                line.append(String.format(Locale.ROOT, " | %s B3 %.3f/%.3f/%.3f pw %.3f/%.3f/%.3f (%.0f ms)",
                        s.name, sc[0], sc[1], sc[2], sc[3], sc[4], sc[5], ms));
            }
            System.out.println(line);
        }
    }

    static double[] round(double[] w) {
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) r[i] = Math.round(w[i] * 1000) / 1000.0;
        return r;
    }

    /** Teacher-forced run: every scored candidate with its label; prints retrieval recall. */
    static List<Sample> forced(Set set) {
        List<Article> sorted = new ArrayList<>(set.data.articles());
        sorted.sort(StoryClusterer.ARRIVAL_ORDER);
        Map<String, String> gold = set.data.gold();
        Map<String, String> labelStory = new HashMap<>();
        List<Sample> out = new ArrayList<>();
        int[] needed = {0}, found = {0};
        try (StoryClusterer c = new StoryClusterer()) {
            c.listener = (a, s, x, p) -> {
                boolean same = gold.get(a.id()).equals(gold.get(s.articles.get(0)));
                out.add(new Sample(x, same, 1));
            };
            c.chooser = (a, cands, best, p) -> {
                String target = labelStory.get(gold.get(a.id()));
                if (target != null) {
                    needed[0]++;
                    if (cands.stream().anyMatch(s -> s.id.equals(target))) found[0]++;
                }
                return target;
            };
            for (Article a : sorted) {
                String story = c.add(a);
                labelStory.putIfAbsent(gold.get(a.id()), story);
            }
        }
        long pos = out.stream().filter(Sample::y).count();
        System.out.printf(Locale.ROOT, "%s: retrieval recall %d/%d = %.3f; %d samples, %d positive%n", set.name,
                found[0], needed[0], found[0] / (double) Math.max(1, needed[0]), out.size(), pos);
        return out;
    }

    /** L2-regularized logistic regression by Newton's method. */
    static double[] fit(List<Sample> xs, double l2) {
        int d = xs.get(0).x.length;
        double[] w = Decision.WEIGHTS.clone();
        Arrays.fill(w, 0);
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (Sample s : xs) {
                double z = 0;
                for (int j = 0; j < d; j++) z += w[j] * s.x[j];
                double p = 1 / (1 + Math.exp(-z));
                double r = (s.y ? 1 : 0) - p;
                for (int j = 0; j < d; j++) {
                    g[j] += s.w * r * s.x[j];
                    for (int k = 0; k < d; k++) h[j][k] += s.w * p * (1 - p) * s.x[j] * s.x[k];
                }
            }
            for (int j = 0; j < d; j++) {
                g[j] -= l2 * w[j];
                h[j][j] += l2;
            }
            double[] step = solve(h, g);
            double norm = 0;
            for (int j = 0; j < d; j++) {
                w[j] += step[j];
                norm += step[j] * step[j];
            }
            if (norm < 1e-10) break;
        }
        return w;
    }

    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
            double[] t = m[c]; m[c] = m[piv]; m[piv] = t;
            if (Math.abs(m[c][c]) < 1e-12) continue;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        return x;
    }

    /** B-cubed P/R/F1 and pairwise P/R/F1. */
    static double[] score(Map<String, String> pred, Map<String, String> gold) {
        Map<String, Integer> gs = new HashMap<>(), ps = new HashMap<>(), cell = new HashMap<>();
        for (var e : gold.entrySet()) {
            String p = pred.getOrDefault(e.getKey(), "single:" + e.getKey());
            gs.merge(e.getValue(), 1, Integer::sum);
            ps.merge(p, 1, Integer::sum);
            cell.merge(p + "\t" + e.getValue(), 1, Integer::sum);
        }
        double bp = 0, br = 0;
        for (var e : gold.entrySet()) {
            String p = pred.getOrDefault(e.getKey(), "single:" + e.getKey());
            double both = cell.get(p + "\t" + e.getValue());
            bp += both / ps.get(p);
            br += both / gs.get(e.getValue());
        }
        bp /= gold.size();
        br /= gold.size();
        long gp = 0, pp = 0, bo = 0;
        for (int v : gs.values()) gp += (long) v * (v - 1) / 2;
        for (int v : ps.values()) pp += (long) v * (v - 1) / 2;
        for (int v : cell.values()) bo += (long) v * (v - 1) / 2;
        double pwp = pp == 0 ? 1 : bo / (double) pp, pwr = gp == 0 ? 1 : bo / (double) gp;
        return new double[] {bp, br, 2 * bp * br / (bp + br), pwp, pwr, 2 * pwp * pwr / (pwp + pwr)};
    }
}
