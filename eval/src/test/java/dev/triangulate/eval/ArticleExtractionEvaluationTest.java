package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleExtractionEvaluationTest {
    @TempDir Path dir;

    static final String BODY = "Harbour officials in Port Alder said on Tuesday that the ferry terminal would reopen next "
            + "week after repairs to the damaged loading ramp were completed by the city engineers.";

    /** Writes a two-page dataset in the benchmark's layout. */
    static Path dataset(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        writeGz(dir.resolve("html/p1.html.gz"), "<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
                + "<article><h1>Terminal</h1><p>" + BODY + "</p></article></body></html>");
        writeGz(dir.resolve("html/p2.html.gz"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://a.example/1\"},"
                + "\"p2\": {\"articleBody\": \"Text the extractor cannot find because it is not on the page.\", \"url\": \"https://a.example/2\"}}");
        return dir;
    }

    private static void writeGz(Path f, String s) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresLikeTheBenchmark() throws Exception {
        ArticleExtractionEvaluation.Result r = ArticleExtractionEvaluation.run(dataset(dir), dir.resolve("dump"));
        assertThat(r.pages()).isEqualTo(2);
        // p1 perfect; p2 empty prediction: excluded from precision, recall 0
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(r.meanPageF1()).isCloseTo(0.5, within(1e-9));
        assertThat(Files.readString(dir.resolve("dump/p1.txt"))).isEqualTo(BODY);
        assertThat(r.toString()).contains("F1 0.6667", "ms/page");
    }

    @Test
    void averagesPrecisionOverNonEmptyPredictionsOnly() {
        var pages = List.of(new ArticleExtractionEvaluation.Page("a", new ShingleMatch(0.5, 0.5, 0), "x"),
                new ArticleExtractionEvaluation.Page("b", new ShingleMatch(0, 0, 1), ""));
        var r = ArticleExtractionEvaluation.score(pages, 0);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
    }
}
