package dev.triangulate.cli;

import dev.triangulate.eval.AttributionEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triangulate eval attribution}: quotes and reported speech scored against PolNeAR's gold attributions. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Analyze and extract every text of a PolNeAR split and print content-span precision/recall/F1, "
                + "speaker accuracy on direct quotes and cue accuracy (definitions in docs/evaluation.md).")
final class EvalAttributionCommand implements Callable<Integer> {
    enum Dataset { polnear }

    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "polnear (the only attribution dataset supported).")
    Dataset dataset;

    @Parameters(paramLabel = "DIR", description = "A PolNeAR split directory holding text/ and attributions/ (e.g. .../polnear/dev).")
    Path dir;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep analyses in DIR so that re-runs skip the NLP.")
    Path cache;

    @Option(names = "--dump", paramLabel = "FILE", description = "Also write every gold and predicted attribution with its match as TSV.")
    Path dump;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!AttributionEvaluation.isDataset(dir)) {
            err.println("triangulate: error: not a PolNeAR split (no text/ and attributions/): " + dir);
            return 2;
        }
        AttributionEvaluation.Result r;
        try {
            if (cache != null) Files.createDirectories(cache);
            r = AttributionEvaluation.run(dir, cache, threads, dump);
        } catch (IOException e) {
            err.println("triangulate: error: cannot read the dataset: " + e.getMessage());
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.println(dataset + " attribution: " + dir);
        out.println(r);
        if (dump != null) out.println("attributions written to " + dump);
        out.flush();
        return 0;
    }
}
