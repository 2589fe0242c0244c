package dev.triangulate.eval;

import dev.triangulate.cluster.StoryClusterer;
import dev.triangulate.model.Article;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Speed benchmark of {@link StoryClusterer#add}: clusters synthetic incident reports (random
 * names, places, streets, dates and numbers; about one article in ten is a further report of a
 * recent incident, the rest start new stories) until the index holds {@code stories} stories,
 * and reports throughput, add() latency percentiles over the 1,000 additions before the index
 * reached 10 %, 50 % and 100 % of that size, and the peak heap.
 */
public final class ClusterBenchmark {
    private ClusterBenchmark() {}

    /** Latency of add() in a window of additions ending when the index reached {@code stories}. */
    public record Checkpoint(int stories, int articles, double p50Millis, double p99Millis, double maxMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,7d stories (%,7d articles): add() p50 %.3f ms, p99 %.3f ms, max %.1f ms",
                    stories, articles, p50Millis, p99Millis, maxMillis);
        }
    }

    /** Benchmark result; {@code synthetic} scores the clustering against the generator's incidents. */
    public record Result(int articles, int stories, Duration elapsed, double articlesPerSecond,
                         List<Checkpoint> checkpoints, long peakHeapBytes, ClusteringScores synthetic) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%,d articles -> %,d stories in %.1f s: %.0f articles/s%n", articles, stories,
                    elapsed.toMillis() / 1000.0, articlesPerSecond));
            for (Checkpoint c : checkpoints) b.append(c).append('\n');
            b.append(String.format(Locale.ROOT, "peak heap %.0f MiB%n", peakHeapBytes / 1048576.0));
            b.append("synthetic gold: ").append(synthetic.bcubed()).append(" (B-cubed), ")
                    .append(synthetic.pairwise()).append(" (pairwise)");
            return b.toString();
        }
    }

    static final int WINDOW = 1000;

    /** In-memory index; runs until the index holds {@code stories} stories. */
    public static Result run(int stories, PrintStream progress) {
        return run(stories, null, progress);
    }

    /**
     * @param stories  index size to reach (checkpoints at 10 %, 50 % and 100 % of it)
     * @param indexDir index directory, or null for an in-memory index
     */
    public static Result run(int stories, Path indexDir, PrintStream progress) {
        int[] marks = {Math.max(1, stories / 10), Math.max(1, stories / 2), stories};
        Generator gen = new Generator(42);
        List<Checkpoint> checkpoints = new ArrayList<>();
        long[] window = new long[WINDOW];
        int inWindow = 0;
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        int articles = 0;
        int storyCount = 0;
        try (StoryClusterer c = indexDir == null ? new StoryClusterer() : new StoryClusterer(indexDir)) {
            int next = 0;
            while (next < marks.length) {
                Generator.Doc d = gen.next();
                gold.put(d.article().id(), d.incident());
                long s = System.nanoTime();
                c.add(d.article());
                window[inWindow++ % WINDOW] = System.nanoTime() - s;
                articles++;
                storyCount = c.storyCount();
                if (storyCount >= marks[next]) {
                    long[] w = Arrays.copyOf(window, Math.min(inWindow, WINDOW));
                    Arrays.sort(w);
                    Checkpoint cp = new Checkpoint(storyCount, articles, w[(int) (w.length * 0.50)] / 1e6,
                            w[Math.min(w.length - 1, (int) Math.ceil(w.length * 0.99) - 1)] / 1e6, w[w.length - 1] / 1e6);
                    checkpoints.add(cp);
                    if (progress != null) progress.println(cp);
                    next++;
                } else if (progress != null && articles % 10_000 == 0) {
                    progress.printf(Locale.ROOT, "%,d articles, %,d stories, %.0f s%n", articles, storyCount,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            predicted = c.assignments();
        }
        if (progress != null) {
            Map<String, Integer> sizes = new HashMap<>();
            for (String st : predicted.values()) sizes.merge(st, 1, Integer::sum);
            List<Integer> top = new ArrayList<>(sizes.values());
            top.sort(java.util.Comparator.reverseOrder());
            progress.println("largest stories: " + top.subList(0, Math.min(10, top.size())));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return new Result(articles, storyCount, elapsed, articles / (elapsed.toNanos() / 1e9), checkpoints, peak,
                ClusteringMetrics.score(predicted, gold));
    }

    /** {@code ClusterBenchmark [STORIES (default 100000)] [--dir INDEX_DIR]} */
    public static void main(String[] args) {
        int stories = 100_000;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir")) dir = Path.of(args[++i]);
            else stories = Integer.parseInt(args[i].replace("_", "").replace(",", ""));
        }
        System.out.println("JVM max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MiB, "
                + Runtime.getRuntime().availableProcessors() + " cores, index " + (dir == null ? "in memory" : dir));
        Result r = run(stories, dir, System.out);
        System.out.println(r);
    }

    /** Deterministic fake incident reports. */
    static final class Generator {
        private static final String[] SYL = {"ka", "lo", "mi", "ren", "dar", "tu", "vel", "an", "so", "ri", "ba",
                "mor", "el", "quin", "ta", "do", "wen", "li", "har", "ne", "zo", "pe", "gra", "fi", "lun", "ca", "bri",
                "to", "mas", "del", "ro", "sha", "ke", "vin", "ol", "ja", "nu", "ter", "bel", "cor"};
        private static final String[] STATES = {"Ohio", "Texas", "Georgia", "Illinois", "Florida", "Indiana",
                "Michigan", "Tennessee", "Missouri", "Alabama", "Virginia", "Kentucky", "Oregon", "Nevada", "Kansas"};
        private static final String[] KINDS = {"shooting", "stabbing", "house fire", "car crash", "robbery",
                "explosion", "flood", "building collapse"};
        private static final String[] STREET = {"Street", "Avenue", "Road", "Drive", "Boulevard", "Lane"};
        private static final String[] VENUE = {"apartment complex", "gas station", "parking lot", "restaurant",
                "school", "park", "nightclub", "church", "warehouse", "bus stop"};
        private final Random r;
        private final String[] cities = new String[3000];
        private final List<Incident> recent = new ArrayList<>();
        private int incidents, docs;
        private long day = LocalDate.of(2015, 1, 1).toEpochDay();

        record Incident(String id, String kind, String city, String state, String[] victims, int[] ages, String street,
                        int block, String venue, int killed, int injured, long day, String officer, String[] details) {}

        record Doc(Article article, String incident) {}

        Generator(long seed) {
            r = new Random(seed);
            for (int i = 0; i < cities.length; i++) cities[i] = cap(word(2 + r.nextInt(2)));
        }

        private String word(int syllables) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) b.append(SYL[r.nextInt(SYL.length)]);
            return b.toString();
        }

        private static String cap(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** Incident-specific vocabulary: what the reports of one incident talk about. */
        private String[] details() {
            String[] d = new String[8];
            for (int k = 0; k < d.length; k++) d[k] = word(2 + r.nextInt(2));
            return d;
        }

        private String person() {
            return cap(word(2)) + " " + cap(word(2 + r.nextInt(2)));
        }

        private <T> T pick(T[] xs) {
            return xs[r.nextInt(xs.length)];
        }

        Doc next() {
            if (docs % 200 == 0) day++;
            Incident inc;
            if (!recent.isEmpty() && r.nextInt(10) == 0) {
                inc = recent.get(recent.size() - 1 - r.nextInt(Math.min(recent.size(), 300)));
            } else {
                int nv = 1 + r.nextInt(3);
                String[] victims = new String[nv];
                int[] ages = new int[nv];
                for (int i = 0; i < nv; i++) {
                    victims[i] = person();
                    ages[i] = 15 + r.nextInt(60);
                }
                inc = new Incident("incident-" + incidents++, pick(KINDS), pick(cities), pick(STATES), victims, ages,
                        cap(word(2)) + " " + pick(STREET), 100 * (1 + r.nextInt(99)), pick(VENUE), r.nextInt(4),
                        r.nextInt(6), day, person(), details());
                recent.add(inc);
                if (recent.size() > 2000) recent.subList(0, 1000).clear();
            }
            String id = String.format(Locale.ROOT, "doc-%07d", docs++);
            long pub = Math.max(inc.day, day);
            return new Doc(article(id, inc, pub), inc.id);
        }

        private Article article(String id, Incident i, long pubDay) {
            String weekday = LocalDate.ofEpochDay(i.day).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String v0 = i.victims[0];
            String last0 = v0.substring(v0.indexOf(' ') + 1);
            List<String> s = new ArrayList<>();
            s.add(String.format(Locale.ROOT, "%s, %s — %s, %d, was %s in a %s at a %s in the %d block of %s on %s, "
                    + "police said.", i.city.toUpperCase(Locale.ROOT), i.state, v0, i.ages[0],
                    i.killed > 0 ? "killed" : "hurt", i.kind, i.venue, i.block, i.street, weekday));
            if (r.nextBoolean()) {
                s.add(String.format(Locale.ROOT, "Officers arrived shortly after the %s and found %d people dead and "
                        + "%d injured.", i.kind, i.killed, i.injured));
            }
            for (int k = 1; k < i.victims.length; k++) {
                if (r.nextBoolean()) s.add(String.format(Locale.ROOT, "%s, %d, was also taken to a hospital.", i.victims[k], i.ages[k]));
            }
            String[] filler = {
                "Investigators asked anyone with information to call the tip line.",
                String.format(Locale.ROOT, "%s spokesperson %s said the investigation is ongoing.", i.city, i.officer),
                String.format(Locale.ROOT, "Neighbors on %s described hearing a loud noise before emergency crews arrived.", i.street),
                String.format(Locale.ROOT, "Family members said %s had lived in %s for years.", last0, i.city),
                "No arrests had been made by Tuesday evening.",
                String.format(Locale.ROOT, "The %s remained closed while detectives worked at the scene.", i.venue),
                "Authorities did not release further details."};
            String[] d = i.details;
            String[] detail = {
                String.format(Locale.ROOT, "Witnesses said the trouble started over a %s near the %s.", d[0], d[1]),
                String.format(Locale.ROOT, "A %s and a %s were recovered at the scene.", d[2], d[3]),
                String.format(Locale.ROOT, "Relatives described %s as a devoted %s who loved %s.", last0, d[4], d[5]),
                String.format(Locale.ROOT, "The %s had been the subject of complaints about %s and %s.", i.venue, d[6], d[7])};
            int nd = 2 + r.nextInt(2);
            for (int k = 0; k < nd; k++) s.add(detail[(k + docs) % detail.length]);
            int nf = 1 + r.nextInt(3);
            for (int k = 0; k < nf; k++) s.add(pick(filler));
            Collections2.shuffleTail(s, r);
            String fate = i.killed > 0 ? "dead" : "injured";
            String title = r.nextBoolean()
                    ? String.format(Locale.ROOT, "%s in %s leaves %s %s", cap(i.kind), i.city, last0, fate)
                    : String.format(Locale.ROOT, "%s %s after %s on %s", last0, fate, i.kind, i.street);
            return new Article(id, title, String.join(" ", s), "outlet-" + r.nextInt(50), null,
                    LocalDate.ofEpochDay(pubDay).atTime(r.nextInt(24), r.nextInt(60)).toInstant(ZoneOffset.UTC),
                    null, "en", "synthetic");
        }
    }

    private static final class Collections2 {
        /** Shuffles all sentences but the first (the lede stays first). */
        static void shuffleTail(List<String> s, Random r) {
            for (int i = s.size() - 1; i > 1; i--) {
                int j = 1 + r.nextInt(i);
                String t = s.get(i);
                s.set(i, s.get(j));
                s.set(j, t);
            }
        }
    }
}
