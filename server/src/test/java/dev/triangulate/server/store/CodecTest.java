package dev.triangulate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.StoryReport;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.RunResult;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the store keeps of an analysis is enough: reconciling the stored (encoded, decoded)
 * extractions gives exactly the batch run's reports, and so does the pipeline's incremental
 * API (extract one article, reconcile one story).
 */
class CodecTest {
    static Triangulate nlp;
    static List<Article> corpus;

    @BeforeAll
    static void load() throws Exception {
        nlp = Triangulate.create(2);
        String r = System.getProperty("triangulate.root");
        Path root = (r == null ? Path.of("..") : Path.of(r)).toAbsolutePath().normalize();
        corpus = new Ingestor().read(List.of(root.resolve("examples/corpus")), InputFormat.AUTO).articles();
    }

    @AfterAll
    static void close() {
        if (nlp != null) nlp.close();
    }

    @Test
    void storedExtractionsReconcileToTheBatchReports() throws Exception {
        RunResult batch = nlp.run(corpus, Progress.NONE);
        Map<String, List<ExtractedArticle>> incremental = new LinkedHashMap<>();
        Map<String, List<ExtractedArticle>> stored = new LinkedHashMap<>();
        for (Article a : corpus) {
            ExtractedArticle x = nlp.extract(a);
            String story = batch.assignments().get(a.id());
            incremental.computeIfAbsent(story, k -> new ArrayList<>()).add(x);
            // through the store's format: article record and extraction record, as JSON text
            Article back = Codec.article(Codec.JSON.readTree(Codec.article(a).toString()));
            assertThat(back).isEqualTo(a);
            ExtractedArticle y = Codec.extraction(back, Codec.JSON.readTree(Codec.extraction(x).toString()));
            assertThat(y.claims()).isEqualTo(x.claims());
            assertThat(y.quotes()).isEqualTo(x.quotes());
            assertThat(y.annotated().sentences()).isEqualTo(x.annotated().sentences());
            assertThat(y.events()).isEqualTo(x.events());
            stored.computeIfAbsent(story, k -> new ArrayList<>()).add(y);
        }
        assertThat(batch.stories()).hasSize(3);
        for (StoryReport expected : batch.stories()) {
            assertThat(nlp.reconcile(expected.id(), incremental.get(expected.id()))).isEqualTo(expected);
            List<ExtractedArticle> reversed = new ArrayList<>(stored.get(expected.id()));
            java.util.Collections.reverse(reversed);
            assertThat(nlp.reconcile(expected.id(), reversed)).isEqualTo(expected);
        }
    }
}
