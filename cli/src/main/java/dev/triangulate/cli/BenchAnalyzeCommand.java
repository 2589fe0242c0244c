package dev.triangulate.cli;

import dev.triangulate.ingest.Ingestor;
import dev.triangulate.model.Article;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.RunResult;
import dev.triangulate.pipeline.Triangulate;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triangulate bench analyze}: model-load time and ms/article of the full pipeline. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Measure model load time and per-article time of analyze (default input: examples/corpus).")
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to run (default: examples/corpus).")
    List<Path> paths;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after one warm-up round (default 5).")
    int rounds;

    @Option(names = "--threads", defaultValue = "1,0", split = ",",
            description = "Thread counts to measure; 0 = all cores (default 1,0).")
    List<Integer> threads;

    @Override
    public Integer call() throws Exception {
        List<Path> in = paths == null || paths.isEmpty() ? List.of(Path.of("examples/corpus")) : paths;
        List<Article> articles = new Ingestor().read(in, dev.triangulate.ingest.InputFormat.AUTO).articles();
        System.out.printf("input: %s (%d articles), %d cores, Java %s%n", in, articles.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int th : threads) {
            int n = th <= 0 ? Runtime.getRuntime().availableProcessors() : th;
            try (Triangulate t = Triangulate.create(n)) {
                t.run(articles, Progress.NONE); // warm-up: JIT and lazily loaded SUTime rules
                long[] perArticleMicros = new long[rounds];
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    RunResult res = t.run(articles, Progress.NONE);
                    perArticleMicros[r] = (System.nanoTime() - t0) / 1000 / Math.max(1, res.articles());
                }
                Arrays.sort(perArticleMicros);
                System.out.printf("threads=%d  model load %d ms  wall ms/article: median %.1f  min %.1f  max %.1f  (%d rounds)%n",
                        n, t.modelLoadMillis(), perArticleMicros[rounds / 2] / 1000.0, perArticleMicros[0] / 1000.0,
                        perArticleMicros[rounds - 1] / 1000.0, rounds);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap (sum of pool peaks): %d MB%n", peak / (1024 * 1024));
        return 0;
    }
}
