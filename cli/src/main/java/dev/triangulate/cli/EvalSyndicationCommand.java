package dev.triangulate.cli;

import dev.triangulate.eval.SyndicationEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triangulate eval syndication}: the independent-source grouping scored against PolNeAR's wire column. */
@Command(name = "syndication", mixinStandardHelpOptions = true,
        description = "Score the grouping of syndicated copies (same outlet, or word 5-gram containment >= 0.5) "
                + "over article pairs against PolNeAR's wire column (definitions in docs/evaluation.md).")
final class EvalSyndicationCommand implements Callable<Integer> {
    enum Dataset { polnear }

    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "polnear (the only syndication dataset supported).")
    Dataset dataset;

    @Parameters(paramLabel = "DIR", description = "The PolNeAR directory holding metadata.tsv and train/, dev/.")
    Path dir;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!SyndicationEvaluation.isDataset(dir)) {
            err.println("triangulate: error: not a PolNeAR directory (no metadata.tsv): " + dir);
            return 2;
        }
        SyndicationEvaluation.Result r;
        try {
            r = SyndicationEvaluation.run(dir);
        } catch (IOException | RuntimeException e) {
            err.println("triangulate: error: cannot read the dataset: " + e.getMessage());
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.println(dataset + " syndication: " + dir);
        out.println(r);
        out.flush();
        return 0;
    }
}
