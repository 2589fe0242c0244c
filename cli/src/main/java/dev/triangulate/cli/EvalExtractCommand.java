package dev.triangulate.cli;

import dev.triangulate.eval.ArticleExtractionEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triangulate eval extract}: main-text extraction scored on the article-extraction benchmark. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the main text of every page of the article-extraction benchmark and print word "
                + "4-gram precision/recall/F1 (the benchmark's own scoring) and ms/page.")
final class EvalExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The dataset directory: ground-truth.json and html/<id>.html.gz.")
    Path dir;

    @Option(names = "--dump", paramLabel = "DIR", description = "Also write each page's extracted text to DIR/<id>.txt.")
    Path dump;

    @Option(names = "--throughput", description = "Also time the whole ingest path in pages/s: Ingestor over html/, and over the same pages "
                    + "written into a temporary .warc.gz.")
    boolean throughput;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "List the N pages with the lowest F1.")
    int worst;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("ground-truth.json")) || !Files.isDirectory(dir.resolve("html"))) {
            err.println("triangulate: error: not an article-extraction dataset (no ground-truth.json and html/): " + dir);
            return 2;
        }
        ArticleExtractionEvaluation.Result r;
        try {
            r = ArticleExtractionEvaluation.run(dir, dump);
        } catch (IOException e) {
            err.println("triangulate: error: cannot read the dataset: " + e.getMessage());
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.println("article-extraction: " + dir);
        out.println(r);
        if (throughput) {
            try {
                out.println("ingest of html/ (files read in parallel, " + Runtime.getRuntime().availableProcessors()
                        + " cores): " + ArticleExtractionEvaluation.ingestThroughput(dir));
                out.println("ingest of the same pages from one .warc.gz (pages extracted in parallel): "
                        + ArticleExtractionEvaluation.warcThroughput(dir));
            } catch (IOException e) {
                err.println("triangulate: error: cannot ingest the dataset's pages: " + e.getMessage());
                return 2;
            }
        }
        if (worst > 0) {
            r.perPage().stream().sorted(java.util.Comparator.comparingDouble(p -> p.match().f1())).limit(worst)
                    .forEach(p -> out.printf(java.util.Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %s%n", p.match().f1(),
                            p.match().precision(), p.match().recall(), p.id()));
        }
        if (dump != null) out.println("extracted texts written to " + dump);
        out.flush();
        return 0;
    }
}
