package dev.triangulate.cli;

import dev.triangulate.ingest.IngestException;
import dev.triangulate.ingest.IngestResult;
import dev.triangulate.model.Problem;
import dev.triangulate.pipeline.Progress;
import java.util.ArrayList;
import java.util.List;
import dev.triangulate.pipeline.RunResult;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.present.HtmlReport;
import dev.triangulate.present.JsonReport;
import dev.triangulate.present.TextSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate analyze}: the batch job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Ingest, cluster and reconcile articles; print a summary and write JSON and HTML reports.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin Inputs inputs;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report here.")
    Path html;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--max-facts", defaultValue = "25", description = "Facts per story in the terminal summary (0 = all).")
    int maxFacts;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary, only errors.")
    boolean quiet;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep analyses here by content, so re-runs skip unchanged articles "
                    + "(default: $XDG_CACHE_HOME/triangulate/analysis or ~/.cache/triangulate/analysis).")
    Path cache;

    @Option(names = "--no-cache", description = "Analyze every article afresh and store nothing.")
    boolean noCache;

    /** The analysis cache directory, or null when caching is off. */
    static Path cacheDir(Path option, boolean off) {
        if (off) return null;
        if (option != null) return option;
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("triangulate").resolve("analysis");
    }

    @Override
    public Integer call() throws Exception {
        var format = inputs.inputFormat();
        long t0 = System.nanoTime();
        IngestResult in;
        try {
            // read first: bad input fails in milliseconds, before the models load
            in = inputs.ingestor(quiet).read(inputs.paths, format);
        } catch (IngestException e) {
            System.err.println("triangulate: error: " + e.getMessage());
            return 2;
        }
        for (Problem p : in.problems()) System.err.println("triangulate: skipped " + p.origin() + ": " + p.message());
        if (!quiet) System.err.printf("read %d article(s); loading NLP models...%n", in.articles().size());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Triangulate t = Triangulate.create(n, cacheDir(cache, noCache))) {
            RunResult r = t.run(in.articles(), quiet ? Progress.NONE : new ProgressPrinter(System.err));
            for (Problem p : r.problems()) System.err.println("triangulate: skipped " + p.origin() + ": " + p.message());
            List<Problem> problems = new ArrayList<>(in.problems());
            problems.addAll(r.problems());
            if (json != null) JsonReport.write(r.stories(), problems, json);
            if (html != null) HtmlReport.write(r.stories(), problems, html);
            if (!quiet) {
                java.io.PrintWriter out = spec.commandLine().getOut();
                out.print(TextSummary.render(r.stories(), maxFacts));
                long total = (System.nanoTime() - t0) / 1_000_000;
                out.printf("%d article(s), %d stor%s, %d skipped; %d ms (model load %d ms, analyze+extract %d ms, %d from cache)%n",
                        r.articles(), r.stories().size(), r.stories().size() == 1 ? "y" : "ies", problems.size(), total,
                        r.timings().getOrDefault("model-load", 0L), r.timings().getOrDefault("analyze+extract", 0L),
                        t.cacheHits());
                if (json != null) out.println("JSON: " + json);
                if (html != null) out.println("HTML: " + html);
                out.flush();
            }
        }
        return 0;
    }
}
