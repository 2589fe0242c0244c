package dev.triangulate.cli;

import dev.triangulate.eval.FactEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triangulate eval facts}: extracted incident facts against the GVA incident records. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Analyze, extract and reconcile every GVA incident's articles and compare the story's facts with "
                + "the incident record: killed, injured, date, city, state, victim names with status and age.")
final class EvalFactsCommand implements Callable<Integer> {
    /** Datasets with incident records. */
    enum Dataset { gva }

    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "gva (docs.jsonl.gz and incidents.jsonl.gz).")
    Dataset dataset;

    @Parameters(paramLabel = "DIR", description = "The dataset directory.")
    Path dir;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "Analysis cache (default: as for analyze).")
    Path cache;

    @Option(names = "--no-cache", description = "Analyze every article afresh.")
    boolean noCache;

    @Option(names = "--predictions", paramLabel = "OUT.tsv", description = "Also write gold and predicted values per incident here.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        for (String f : new String[] {"docs.jsonl.gz", "incidents.jsonl.gz"}) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                spec.commandLine().getErr().println("triangulate: error: no " + f + " in " + dir);
                return 2;
            }
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        var out = spec.commandLine().getOut();
        FactEvaluation.Result r = FactEvaluation.run(dir, AnalyzeCommand.cacheDir(cache, noCache), n, System.err, predictions);
        out.println(dataset + ": " + dir);
        out.print(r);
        out.flush();
        return 0;
    }
}
