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
        if (ops.contains("holdout")) {
            // two-fold check of the consolidation model: train on half of the gold stories (gva
            // incidents, ecbplus topics), score the other half clustered on its own
            for (int h = 0; h < 2; h++) {
                List<Set> train = new ArrayList<>(), test = new ArrayList<>();
                for (Set s : sets) {
                    train.add(half(s, h));
                    test.add(half(s, 1 - h));
                }
                System.out.println("fold " + h);
                mergeOps(train, test, ops);
            }
            return;
        }
        if (ops.contains("merge") || ops.contains("loadmerge") || ops.contains("nomerge")) {
            mergeOps(sets, sets, ops);
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

    /**
     * Consolidation model: online pass per set (cached), story pairs labelled by the stories'
     * majority gold labels, GBDT fitted with each set weighted to the same total, then a sweep
     * of the merge threshold ({@code msweep t1,t2,...}).
     */
    static Set half(Set s, int h) {
        List<Article> as = new ArrayList<>();
        Map<String, String> g = new java.util.LinkedHashMap<>();
        for (Article a : s.data.articles()) {
            String label = s.data.gold().get(a.id());
            String key = s.name.equals("ecbplus") ? label.replaceAll("\\D.*", "") : label;
            if (Math.floorMod(key.hashCode(), 2) == h) {
                as.add(a);
                g.put(a.id(), label);
            }
        }
        return new Set(s.name + "-h" + h, new DevSet(as, g));
    }

    static void mergeOps(List<Set> sets, List<Set> evalSets, List<String> ops) throws Exception {
        Map<String, StoryClusterer.Online> online = new HashMap<>();
        List<Set> both = new ArrayList<>(sets);
        for (Set s : evalSets) if (!both.contains(s)) both.add(s);
        for (Set s : both) {
            long t0 = System.nanoTime();
            online.put(s.name, cachedOnline(s));
            System.out.printf(Locale.ROOT, "%s online pass %.1f s%n", s.name, (System.nanoTime() - t0) / 1e9);
        }
        if (ops.contains("merge")) {
            List<Sample> all = new ArrayList<>();
            for (Set s : sets) {
                List<StoryState> stories = ordered(online.get(s.name));
                Map<String, String> gold = s.data.gold();
                String[] major = new String[stories.size()];
                Map<String, Integer> perLabel = new HashMap<>();
                for (int i = 0; i < major.length; i++) {
                    major[i] = majority(stories.get(i), gold);
                    perLabel.merge(major[i], 1, Integer::sum);
                }
                long goldPairs = 0;
                for (int v : perLabel.values()) goldPairs += (long) v * (v - 1) / 2;
                List<StoryMerger.Pair> pairs = StoryMerger.pairs(stories, new StoryMerger.Df(stories));
                List<Sample> xs = new ArrayList<>();
                boolean sizeW = Boolean.getBoolean("msizew");
                for (StoryMerger.Pair p : pairs) {
                    double w = sizeW ? (stories.get(p.a()).size() + stories.get(p.b()).size()) / 2.0 : 1;
                    xs.add(new Sample(p.x(), major[p.a()].equals(major[p.b()]), w));
                }
                long pos = xs.stream().filter(Sample::y).count();
                System.out.printf(Locale.ROOT, "%s: %d stories, %d pairs, %d positive of %d same-label story pairs%n",
                        s.name, stories.size(), xs.size(), pos, goldPairs);
                String only = System.getProperty("mtrain");
                if (only == null || s.name.startsWith(only)) for (Sample x : xs) all.add(new Sample(x.x, x.y, x.w * 1000.0 / xs.size()
                        * (s.name.startsWith("ecbplus") ? Double.parseDouble(System.getProperty("mweight", "1")) : 1)));
            }
            Gbdt model = GbdtTrainer.train(all, Integer.getInteger("mrounds", 150), Integer.getInteger("mdepth", 3),
                    Double.parseDouble(System.getProperty("rate", "0.1")),
                    Double.parseDouble(System.getProperty("minhess", "0.05")), 1.0);
            java.nio.file.Files.writeString(Path.of("/tmp/merge-model.txt"), model.format());
            StoryMerger.MODEL = model;
        }
        if (ops.contains("loadmerge")) {
            StoryMerger.MODEL = Gbdt.parse(java.nio.file.Files.newInputStream(Path.of("/tmp/merge-model.txt")));
        }
        Gbdt model = StoryMerger.MODEL;
        double[] thresholds = {StoryMerger.THRESHOLD};
        int i = ops.indexOf("msweep");
        if (i >= 0) thresholds = Arrays.stream(ops.get(i + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
        List<Double> ts = new ArrayList<>();
        ts.add(-1.0);
        for (double t : thresholds) ts.add(t);
        for (double t : ts) {
            StoryMerger.MODEL = t < 0 ? null : model;
            StoryMerger.THRESHOLD = t;
            StringBuilder line = new StringBuilder(t < 0 ? "no merge" : String.format(Locale.ROOT, "m=%.2f", t));
            for (Set s : evalSets) {
                StoryClusterer.Online o = online.get(s.name);
                List<StoryState> copy = new ArrayList<>();
                for (StoryState st : o.stories()) {
                    byte[] b = st.toBytes();
                    copy.add(StoryState.fromBytes(b, 0, b.length));
                }
                long t0 = System.nanoTime();
                Map<String, String> pred = StoryClusterer.consolidate(o.assignments(), copy);
                double ms = (System.nanoTime() - t0) / 1e6;
                double[] sc = score(pred, s.data.gold());
                line.append(String.format(Locale.ROOT, " | %s B3 %.3f/%.3f/%.3f pw %.3f/%.3f/%.3f (%.0f ms)",
                        s.name, sc[0], sc[1], sc[2], sc[3], sc[4], sc[5], ms));
            }
            System.out.println(line);
        }
        StoryMerger.MODEL = model;
        if (ops.contains("mdiag")) {
            for (Set s : evalSets) diag(s, online.get(s.name));
        }
    }

    /** Split errors left after consolidation: are the parts candidates of each other, and how probable? */
    static void diag(Set set, StoryClusterer.Online o) {
        List<StoryState> copy = new ArrayList<>();
        for (StoryState st : o.stories()) {
            byte[] b = st.toBytes();
            copy.add(StoryState.fromBytes(b, 0, b.length));
        }
        Map<String, String> pred = StoryClusterer.consolidate(o.assignments(), copy);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : set.data.articles()) byId.put(a.id(), a);
        Map<String, StoryState> fin = new java.util.LinkedHashMap<>();
        for (var e : pred.entrySet()) {
            fin.computeIfAbsent(e.getValue(), StoryState::new)
                    .add(TextFeatures.of(byId.get(e.getKey())), new ArrayList<>(), new ArrayList<>());
        }
        List<StoryState> stories = new ArrayList<>(fin.values());
        StoryMerger.Df df = new StoryMerger.Df(stories);
        java.util.Set<Long> cand = new java.util.HashSet<>();
        int n = stories.size();
        for (StoryMerger.Pair p : StoryMerger.pairs(stories, df)) cand.add((long) p.a() * n + p.b());
        Map<String, List<Integer>> byLabel = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) byLabel.computeIfAbsent(majority(stories.get(i), set.data.gold()), k -> new ArrayList<>()).add(i);
        int notCand = 0, low = 0, shown = 0, far = 0, shortText = 0, total = 0;
        for (List<Integer> l : byLabel.values()) {
            for (int x = 0; x < l.size(); x++) for (int y = x + 1; y < l.size(); y++) {
                int a = l.get(x), b = l.get(y);
                StoryState sa = stories.get(a), sb = stories.get(b);
                total++;
                boolean isCand = cand.contains((long) a * n + b);
                double[] f = StoryMerger.features(sa, sb, df);
                double p = Decision.sigmoid(StoryMerger.MODEL.score(f));
                if (!isCand) notCand++; else low++;
                if (f[11] > Math.log1p(30)) far++;
                int len = Math.min(byId.get(sa.articles.get(0)).body().length(), byId.get(sb.articles.get(0)).body().length());
                if (len < 300) shortText++;
                if (shown < Integer.getInteger("show", 12) && total % 7 == 0) {
                    shown++;
                    System.out.printf(Locale.ROOT, "  split cand=%s p=%.2f %s%n    A(%d): %s%n    B(%d): %s%n", isCand, p,
                            Arrays.toString(round(f)), sa.size(), title(set, sa.articles.get(0)), sb.size(), title(set, sb.articles.get(0)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d split pairs of stories: not candidates %d, candidates below threshold %d; >30 days %d, a text < 300 chars %d%n",
                set.name, total, notCand, low, far, shortText);
    }

    /** The online pass, cached in /tmp by set and decision threshold (the model must not change in between). */
    static StoryClusterer.Online cachedOnline(Set s) throws Exception {
        Path f = Path.of(String.format(Locale.ROOT, "/tmp/online-%s-%.3f-%d.bin", s.name, Decision.THRESHOLD,
                Decision.MODEL.format().hashCode()));
        if (java.nio.file.Files.exists(f)) {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(f)))) {
                Map<String, String> a = new java.util.LinkedHashMap<>();
                int n = in.readInt();
                for (int i = 0; i < n; i++) a.put(in.readUTF(), in.readUTF());
                List<StoryState> st = new ArrayList<>();
                int m = in.readInt();
                for (int i = 0; i < m; i++) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    st.add(StoryState.fromBytes(b, 0, b.length));
                }
                return new StoryClusterer.Online(a, st);
            }
        }
        StoryClusterer.Online o = StoryClusterer.online(s.data.articles());
        try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(f)))) {
            out.writeInt(o.assignments().size());
            for (var e : o.assignments().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeInt(o.stories().size());
            for (StoryState st : o.stories()) {
                byte[] b = st.toBytes();
                out.writeInt(b.length);
                out.write(b);
            }
        }
        return o;
    }

    static List<StoryState> ordered(StoryClusterer.Online o) {
        Map<String, Integer> position = new HashMap<>();
        int k = 0;
        for (String a : o.assignments().keySet()) position.put(a, k++);
        List<StoryState> stories = new ArrayList<>(o.stories());
        stories.sort(java.util.Comparator.comparingInt(s -> position.get(s.articles.get(0))));
        return stories;
    }

    static String majority(StoryState s, Map<String, String> gold) {
        Map<String, Integer> c = new java.util.TreeMap<>();
        for (String a : s.articles) c.merge(gold.getOrDefault(a, "?" + a), 1, Integer::sum);
        String best = null;
        for (var e : c.entrySet()) if (best == null || e.getValue() > c.get(best)) best = e.getKey();
        return best;
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
