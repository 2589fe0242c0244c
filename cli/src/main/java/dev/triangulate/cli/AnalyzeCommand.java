package dev.triangulate.cli;

import dev.triangulate.model.Problem;
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

    @Override
    public Integer call() throws Exception {
        var format = inputs.inputFormat();
        long t0 = System.nanoTime();
        try (Triangulate t = threads > 0 ? Triangulate.create(threads) : Triangulate.create()) {
            RunResult r = t.analyze(inputs.paths, format, quiet ? (s, d, n) -> { } : new ProgressPrinter(System.err));
            for (Problem p : r.problems()) System.err.println("triangulate: skipped " + p.origin() + ": " + p.message());
            if (json != null) JsonReport.write(r.stories(), r.problems(), json);
            if (html != null) HtmlReport.write(r.stories(), r.problems(), html);
            if (!quiet) {
                System.out.print(TextSummary.render(r.stories(), maxFacts));
                long total = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("%d article(s), %d stor%s, %d skipped; %d ms (model load %d ms, analyze+extract %d ms)%n",
                        r.articles(), r.stories().size(), r.stories().size() == 1 ? "y" : "ies", r.problems().size(), total,
                        r.timings().getOrDefault("model-load", 0L), r.timings().getOrDefault("analyze+extract", 0L));
                if (json != null) System.out.println("JSON: " + json);
                if (html != null) System.out.println("HTML: " + html);
            }
        } catch (dev.triangulate.ingest.IngestException e) {
            System.err.println("triangulate: error: " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
