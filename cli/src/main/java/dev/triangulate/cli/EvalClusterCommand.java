package dev.triangulate.cli;

import dev.triangulate.eval.ClusterEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triangulate eval cluster}: B-cubed and pairwise scores of the story clustering against gold labels. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster a labelled JSONL dataset and print B-cubed and pairwise precision/recall/F1.")
final class EvalClusterCommand implements Callable<Integer> {
    /** Datasets with a known gold field. */
    enum Dataset {
        gva("incident_id"), ecbplus("subtopic");
        final String goldField;
        Dataset(String goldField) { this.goldField = goldField; }
    }

    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "gva (gold: incident_id) or ecbplus (gold: subtopic).")
    Dataset dataset;

    @Option(names = "--gold", description = "Gold field to score against (default: the dataset's).")
    String gold;

    @Option(names = "--assignments", paramLabel = "OUT.tsv", description = "Also write doc_id<TAB>story_id lines here.")
    Path assignments;

    @Parameters(paramLabel = "FILE", description = "docs.jsonl.gz, or the dataset directory holding it.")
    Path file;

    @Override
    public Integer call() {
        Path docs = Files.isDirectory(file) ? file.resolve("docs.jsonl.gz") : file;
        if (!Files.isRegularFile(docs)) {
            spec.commandLine().getErr().println("triangulate: error: no such dataset file: " + docs);
            return 2;
        }
        String field = gold != null ? gold : dataset.goldField;
        ClusterEvaluation.Result r = ClusterEvaluation.run(docs, field, assignments);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %s (gold field %s)%n", dataset, docs, field);
        out.println(r);
        if (assignments != null) out.println("assignments written to " + assignments);
        out.flush();
        return 0;
    }
}
