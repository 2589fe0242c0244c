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
 * Tuning harness (not a test): fits the decision model on the development sets by teacher
 * forcing, then sweeps the join threshold with real online runs.
 *
 * <pre>java -cp ... dev.triangulate.cluster.Tune DATA_DIR [gbdt | loadgbdt] [t=T] [rank] [sweep t1,t2,...]</pre>
 *
 * {@code gbdt} trains the model on both sets (each set's candidates weighted to the same total)
 * and writes /tmp/model.txt (copy it to src/main/resources/dev/triangulate/cluster/decision-model.txt);
 * {@code loadgbdt} loads /tmp/model.txt; {@code rank} prints teacher-forced ranking diagnostics.
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
        if (ops.contains("gbdt")) {
            List<Sample> all = new ArrayList<>();
            for (Set s : sets) {
                List<Sample> xs = forced(s);
                double w = 1.0 / xs.size();
                for (Sample x : xs) all.add(new Sample(x.x, x.y, w * xs.size() / 1000.0));
            }
            long t0 = System.nanoTime();
            Gbdt model = GbdtTrainer.train(all, Integer.getInteger("rounds", 150), Integer.getInteger("depth", 3),
                    Double.parseDouble(System.getProperty("rate", "0.1")),
                    Double.parseDouble(System.getProperty("minhess", "0.05")), 1.0);
            System.out.printf("gbdt trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            java.nio.file.Files.writeString(Path.of("/tmp/model.txt"), model.format());
            Decision.MODEL = model;
        }
        if (ops.contains("loadgbdt")) {
            Decision.MODEL = Gbdt.parse(java.nio.file.Files.newInputStream(Path.of("/tmp/model.txt")));
        }
        for (String op : ops) {
            if (op.startsWith("t=")) Decision.THRESHOLD = Double.parseDouble(op.substring(2));
        }
        if (ops.contains("rank")) {
            for (Set s : sets) rank(s);
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

    /** Teacher-forced: how often the gold story is the most probable candidate, and p histograms. */
    static void rank(Set set) {
        List<Article> sorted = new ArrayList<>(set.data.articles());
        sorted.sort(StoryClusterer.ARRIVAL_ORDER);
        Map<String, String> gold = set.data.gold();
        Map<String, String> labelStory = new HashMap<>();
        int[] c = new int[6]; // 0 has gold story, 1 gold top, 2 gold top & p>=t, 3 no gold & best p<t, 4 no gold total, 5 gold not retrieved
        double t = Decision.THRESHOLD;
        try (StoryClusterer cl = new StoryClusterer()) {
            cl.chooser = (a, cands, best, p) -> {
                String target = labelStory.get(gold.get(a.id()));
                if (target == null) {
                    c[4]++;
                    if (best == null || p < t) c[3]++;
                    else if (set.name.equals(System.getProperty("show", "ecbplus")) && c[4] % 7 == 0) {
                        System.out.printf(Locale.ROOT, "  wrong-join %s -> %s (p=%.2f) %s%n", a.id(), best.articles.get(0), p,
                                Arrays.toString(round(Decision.features(a, Decision.vector(a.terms(), cl.stats()), Decision.norm(Decision.vector(a.terms(), cl.stats())), best, cl.stats()))));
                        System.out.printf("    A: %s%n    S: %s%n", title(set, a.id()), title(set, best.articles.get(0)));
                    }
                } else {
                    c[0]++;
                    if (cands.stream().noneMatch(s -> s.id.equals(target))) c[5]++;
                    if (best != null && best.id.equals(target)) {
                        c[1]++;
                        if (p >= t) c[2]++;
                        else if (set.name.equals(System.getProperty("show", "ecbplus")) && c[0] % 9 == 0) {
                            System.out.printf(Locale.ROOT, "  missed %s -> %s (p=%.2f) %s%n    A: %s%n    S: %s%n", a.id(), best.articles.get(0), p,
                                Arrays.toString(round(Decision.features(a, Decision.vector(a.terms(), cl.stats()), Decision.norm(Decision.vector(a.terms(), cl.stats())), best, cl.stats()))),
                                title(set, a.id()), title(set, best.articles.get(0)));
                        }
                    } else if (set.name.equals("ecbplus") && best != null) {
                        System.out.printf(Locale.ROOT, "  wrong-top %s -> %s (p=%.2f)%n", a.id(), best.articles.get(0), p);
                    }
                }
                return target;
            };
            for (Article a : sorted) labelStory.putIfAbsent(gold.get(a.id()), cl.add(a));
        }
        System.out.printf(Locale.ROOT, "%s: joins %d, gold not retrieved %d, gold top %d, gold top & p>=t %d; new %d, correctly new %d%n",
                set.name, c[0], c[5], c[1], c[2], c[4], c[3]);
    }

    static String title(Set set, String id) {
        for (Article a : set.data.articles()) {
            if (a.id().equals(id)) {
                String t = (a.published() == null ? "" : a.published().toString().substring(0, 10) + " ") + a.title() + " | "
                        + a.body().replace('\n', ' ');
                return t.substring(0, Math.min(250, t.length()));
            }
        }
        return "?";
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
