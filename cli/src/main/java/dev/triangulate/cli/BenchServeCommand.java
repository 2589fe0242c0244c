package dev.triangulate.cli;

import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.server.Engine;
import dev.triangulate.server.LoadBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triangulate bench serve}: API ingestion rate and read latency of the server under concurrent clients. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Measure the server on loopback: ingestion rate through the API, then p50/p99 latency of story pages, "
                + "fact sheets and searches under concurrent clients.")
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "500", description = "Articles to add through the API (default 500).")
    int articles;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent HTTP clients (default 8).")
    int clients;

    @Option(names = "--batch", defaultValue = "1", description = "Articles per POST (default 1).")
    int batch;

    @Option(names = "--seconds", defaultValue = "20", description = "Duration of the read load (default 20).")
    int seconds;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: a new temporary one).")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/corpus", description = "Articles to add (file or folder; default examples/corpus, "
            + "repeated with renamed places and people when it has fewer than --articles).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || clients < 1 || batch < 1 || seconds < 1) {
            System.err.println("triangulate: error: --articles, --clients, --batch and --seconds must be at least 1");
            return 2;
        }
        List<Article> in = new Ingestor().read(List.of(corpus), InputFormat.AUTO).articles();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Triangulate t = Triangulate.create(n)) {
            new LoadBenchmark(new LoadBenchmark.Settings(articles, clients, batch, seconds, n, data), in).run(Engine.steps(t), System.out);
        }
        return 0;
    }
}
