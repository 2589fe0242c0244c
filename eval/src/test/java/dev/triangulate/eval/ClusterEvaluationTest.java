package dev.triangulate.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterEvaluationTest {

    @Test
    void readsJsonlGzScoresAndWritesAssignments(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(docs))) {
            out.write(String.join("\n",
                    "{\"id\":\"a\",\"title\":\"Earthquake hits Norcia\",\"dct\":\"2016-10-30\",\"content\":\"A magnitude 6.5 earthquake struck near Norcia in central Italy on Sunday, destroying the Basilica of St. Benedict.\",\"incident_id\":\"q\"}",
                    "{\"id\":\"b\",\"title\":\"Norcia basilica destroyed by quake\",\"dct\":\"2016-10-30\",\"content\":\"The Basilica of St. Benedict in Norcia collapsed after a 6.5 magnitude earthquake shook central Italy on Sunday.\",\"incident_id\":\"q\"}",
                    "{\"id\":\"c\",\"title\":\"Mayor re-elected in Springfield\",\"dct\":\"2016-11-08\",\"content\":\"Springfield voters returned Mayor Ellen Tsai to office with 61 percent of the vote.\",\"incident_id\":\"e\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path tsv = dir.resolve("out/assignments.tsv");
        ClusterEvaluation.Result r = ClusterEvaluation.run(docs, "incident_id", tsv);
        assertThat(r.articles()).isEqualTo(3);
        assertThat(r.scores().documents()).isEqualTo(3);
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines).first().isEqualTo("doc_id\tstory_id");
        assertThat(lines).hasSize(4).allMatch(l -> l.split("\t").length == 2);
        assertThat(r.assignments().get("c")).isNotEqualTo(r.assignments().get("a"));
    }
}
