package dev.triangulate.cli;

import dev.triangulate.analyze.CoreNlpBaseline;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.RunResult;
import dev.triangulate.pipeline.Triangulate;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate bench analyze}: throughput of the whole analyze path against CoreNLP's
 * default pipeline on the same articles, cold start and memory, in one run.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Throughput of the full analyze path (ingest to reconciled stories) in articles/s and tokens/s per core, "
                + "CoreNLP's default pipeline on the same articles and the ratio, cold start and peak memory.",
                "Default input: the bundled example corpus replicated 10 times."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to run (default: examples/corpus).")
    List<Path> paths;

    @Option(names = "--replicate", defaultValue = "10", description = "Copies of the input, each with its own ids (default 10).")
    int replicate;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default 3).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds first, for the JIT (default 3).")
    int warmup;

    @Option(names = "--threads", defaultValue = "1,0", split = ",",
            description = "Thread counts to measure; 0 = all cores (default 1,0).")
    List<Integer> threads;

    @Option(names = "--baseline-articles", defaultValue = "40",
            description = "Articles given to CoreNLP's default pipeline (slow: ~1 s each; 0 = skip; default 40).")
    int baselineArticles;

    @Option(names = "--cold", paramLabel = "PATH",
            description = "Input of the cold-start run, a fresh process (default: ../shared/seeds if present, else examples/corpus).")
    Path cold;

    @Option(names = "--no-cold", description = "Skip the cold-start run.")
    boolean noCold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Path> in = paths == null || paths.isEmpty() ? List.of(Path.of("examples/corpus")) : paths;
        for (Path p : in) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("triangulate: error: no such file or directory: " + p);
                return 2;
            }
        }
        long ingestStart = System.nanoTime();
        List<Article> once = new Ingestor().read(in, InputFormat.AUTO).articles();
        double ingestMs = (System.nanoTime() - ingestStart) / 1e6;
        List<Article> articles = replicate(once, Math.max(1, replicate));
        out.printf(Locale.ROOT, "input: %s, %d articles x %d = %d, %d cores, Java %s, max heap %d MiB%n", in, once.size(),
                Math.max(1, replicate), articles.size(), cores, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "ingest (read, clean, deduplicate) of the input: %.0f ms, first read included; "
                + "each round below runs analyze, extract, cluster and reconcile over the replicated articles%n", ingestMs);
        out.flush();

        double fullPerCore = 0;
        for (int th : threads) {
            int n = th <= 0 ? cores : th;
            try (Triangulate t = Triangulate.create(n)) {
                for (int w = 0; w < warmup; w++) t.run(articles, Progress.NONE); // JIT, lazily loaded resources
                double[] articlesPerSec = new double[rounds], tokensPerSec = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long tok0 = t.tokensAnalyzed();
                    long t0 = System.nanoTime();
                    RunResult res = t.run(articles, Progress.NONE);
                    double s = (System.nanoTime() - t0) / 1e9;
                    articlesPerSec[r] = res.articles() / s;
                    tokensPerSec[r] = (t.tokensAnalyzed() - tok0) / s;
                }
                double aps = median(articlesPerSec), tps = median(tokensPerSec);
                out.printf(Locale.ROOT, "full analyze path, %d thread%s: model load %,d ms; %.1f articles/s, %,.0f tokens/s, "
                                + "%,.0f tokens/s per core, %.1f ms/article (median of %d rounds; tokens/s min %,.0f max %,.0f)%n",
                        n, n == 1 ? "" : "s", t.modelLoadMillis(), aps, tps, tps / n, 1000 / aps, rounds,
                        Arrays.stream(tokensPerSec).min().orElse(0), Arrays.stream(tokensPerSec).max().orElse(0));
                out.flush();
                if (n == cores) fullPerCore = tps / n;
            }
        }

        if (baselineArticles > 0) {
            List<Article> sample = articles.subList(0, Math.min(baselineArticles, articles.size()));
            CoreNlpBaseline baseline = new CoreNlpBaseline();
            baseline.run(sample.subList(0, Math.min(cores, sample.size())), cores); // warm-up
            CoreNlpBaseline.Pass pass = baseline.run(sample, cores);
            double perCore = pass.tokensPerSecond() / cores;
            out.printf(Locale.ROOT, "CoreNLP default pipeline, %d threads: load %,d ms; %.2f articles/s, %,.0f tokens/s, "
                            + "%,.0f tokens/s per core, %.0f ms/article (%d articles, %,d tokens)%n",
                    cores, baseline.loadMillis(), pass.articlesPerSecond(), pass.tokensPerSecond(), perCore,
                    1000 / pass.articlesPerSecond(), pass.articles(), pass.tokens());
            if (fullPerCore > 0) {
                out.printf(Locale.ROOT, "ratio (full analyze path / CoreNLP default), tokens/s per core on %d cores: %.1fx%n",
                        cores, fullPerCore / perCore);
            }
            out.flush();
        }

        if (!noCold) coldStart(out);

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        out.printf(Locale.ROOT, "this process: peak heap %,d MiB (sum of heap pool peaks, garbage included), peak RSS %s%n",
                peak >> 20, rss(ProcessHandle.current().pid()).map(kb -> String.format(Locale.ROOT, "%,d MiB", kb >> 10)).orElse("n/a"));
        out.flush();
        return 0;
    }

    /** Runs {@code analyze} on the cold-start input in a fresh JVM with a 1 GiB heap and no cache. */
    private void coldStart(PrintWriter out) throws IOException, InterruptedException {
        Path input = cold != null ? cold : Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds") : Path.of("examples/corpus");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", input.toString(), "-q", "--no-cache"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long maxRssKb = 0;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) maxRssKb = Math.max(maxRssKb, rss(p.pid()).orElse(0L));
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "cold start: `triangulate analyze %s -q --no-cache` in a fresh JVM (-Xmx1g): %.2f s from process start "
                        + "to exit, exit code %d, peak RSS %,d MiB%n", input, s, p.exitValue(), maxRssKb >> 10);
        out.flush();
    }

    /** Peak resident set size (VmHWM) of a live process in KiB, where /proc has it. */
    private static java.util.Optional<Long> rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return java.util.Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has ended
        }
        return java.util.Optional.empty();
    }

    static List<Article> replicate(List<Article> articles, int copies) {
        if (copies == 1) return articles;
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (Article a : articles) {
                out.add(new Article(a.id() + "#" + k, a.title(), a.body(), a.outlet(), a.url(), a.published(), a.author(),
                        a.language(), a.origin()));
            }
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
