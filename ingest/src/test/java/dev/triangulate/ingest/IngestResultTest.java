package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triangulate.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestResultTest {
    @Test
    void listsAreCopiedAndImmutable() {
        List<Article> articles = new ArrayList<>(List.of(new Article("a", "T", "B", null, null, null, null, null, "a.txt")));
        IngestResult r = new IngestResult(articles, List.of(), List.of(new Duplicate("b", "a", 0.9, false)));
        articles.clear();
        assertThat(r.articles()).hasSize(1);
        assertThatThrownBy(() -> r.problems().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicateSimilarityIsBounded() {
        assertThatThrownBy(() -> new Duplicate("b", "a", 1.2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Duplicate("b", "a", Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
