package dev.triangulate.eval;

import dev.triangulate.cluster.StoryClusterer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Clusters a labelled JSONL dataset with {@link StoryClusterer#clusterBatch} and scores the
 * result against a gold field (gva: {@code incident_id}; ecbplus: {@code subtopic}).
 */
public final class ClusterEvaluation {
    private ClusterEvaluation() {}

    /** Scores, the number of articles clustered, and the clustering time (reading excluded). */
    public record Result(ClusteringScores scores, int articles, Duration elapsed, Map<String, String> assignments) {
        @Override
        public String toString() {
            return scores + "\narticles " + articles + ", clustered in " + elapsed.toMillis() + " ms";
        }
    }

    /**
     * @param jsonlGz        the dataset (JSONL, gzip when the name ends in .gz)
     * @param goldField      the field holding the gold cluster label
     * @param assignmentsOut where to write {@code doc_id<TAB>story_id} lines, or null
     */
    public static Result run(Path jsonlGz, String goldField, Path assignmentsOut) {
        try {
            JsonlDocs.Docs docs = JsonlDocs.read(jsonlGz, goldField);
            long t0 = System.nanoTime();
            Map<String, String> predicted = StoryClusterer.clusterBatch(docs.articles());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            if (assignmentsOut != null) write(predicted, assignmentsOut);
            return new Result(ClusteringMetrics.score(predicted, docs.gold()), docs.articles().size(), elapsed,
                    predicted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Map<String, String> assignments, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("doc_id\tstory_id\n");
            for (var e : assignments.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }

    /** The gold field used when none is given: the first of incident_id, subtopic, story, cluster in the first record. */
    static String defaultGoldField(Path path) {
        try (var in = Files.newInputStream(path);
             var un = path.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(un, StandardCharsets.UTF_8))) {
            var first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.readLine());
            for (String f : new String[] {"incident_id", "subtopic", "story", "cluster"}) if (first.has(f)) return f;
            throw new IllegalArgumentException("no gold field in " + path + "; pass --gold FIELD");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code ClusterEvaluation DOCS.jsonl.gz [--gold FIELD] [--assignments OUT.tsv]}; the gold field
     * defaults to the first of incident_id, subtopic, story, cluster present in the first record.
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ClusterEvaluation DOCS.jsonl.gz [--gold FIELD] [--assignments OUT.tsv]");
            System.exit(2);
        }
        Path docs = Path.of(args[0]);
        String gold = null;
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = args[++i];
                case "--assignments" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (gold == null) gold = defaultGoldField(docs);
        Result r = run(docs, gold, out);
        System.out.println(docs + " (gold: " + gold + ")");
        System.out.println(r);
    }
}
