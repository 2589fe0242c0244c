package dev.triangulate.cli;

import dev.triangulate.cluster.StoryClusterer;
import dev.triangulate.ingest.IngestException;
import dev.triangulate.ingest.IngestResult;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate cluster}: story assignments only (no NLP models needed, fast on large inputs). */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group articles into stories and write doc_id<TAB>story_id for every input article.")
final class ClusterCommand implements Callable<Integer> {
    @Mixin Inputs inputs;

    @Option(names = "--assignments", paramLabel = "FILE", required = true, description = "Write the TSV here.")
    Path assignments;

    @Override
    public Integer call() throws Exception {
        IngestResult in;
        try {
            in = inputs.ingestor(false).read(inputs.paths, inputs.inputFormat());
        } catch (IngestException e) {
            System.err.println("triangulate: error: " + e.getMessage());
            return 2;
        }
        for (Problem p : in.problems()) System.err.println("triangulate: skipped " + p.origin() + ": " + p.message());
        long t0 = System.nanoTime();
        Map<String, String> a = StoryClusterer.clusterBatch(in.articles());
        // exact duplicates were dropped at ingest: they belong to the story of their original
        for (var d : in.duplicates()) {
            if (d.exact() && a.containsKey(d.duplicateOf())) a.put(d.articleId(), a.get(d.duplicateOf()));
        }
        if (assignments.toAbsolutePath().getParent() != null) Files.createDirectories(assignments.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(assignments, StandardCharsets.UTF_8)) {
            for (Article art : in.articles()) w.write(art.id() + "\t" + a.get(art.id()) + "\n");
            for (var d : in.duplicates()) if (d.exact() && a.containsKey(d.articleId())) w.write(d.articleId() + "\t" + a.get(d.articleId()) + "\n");
        }
        long stories = a.values().stream().distinct().count();
        System.err.printf("%d article(s) in %d stories (%d ms); assignments: %s%n", a.size(), stories,
                (System.nanoTime() - t0) / 1_000_000, assignments);
        return 0;
    }
}
