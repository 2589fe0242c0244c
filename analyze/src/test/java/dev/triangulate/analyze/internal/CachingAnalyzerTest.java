package dev.triangulate.analyze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingAnalyzerTest {
    static Analyzer nlp;

    @BeforeAll
    static void load() { nlp = new CoreNlpAnalyzer(); }

    @AfterAll
    static void close() { nlp.close(); }

    static Article article(String id, String outlet, Instant published) {
        return new Article(id, "Gunman kills two at Port Alder ferry terminal",
                "At least two people were killed on Monday evening when a 34-year-old gunman opened fire, "
                        + "police chief Maria Olsen said. “We are shocked,” she said.", outlet, null, published, null, null, "test");
    }

    @Test
    void servesAnUnchangedTextFromTheCacheWithTheNewArticle(@TempDir Path dir) {
        Analyzer cached = Analyzer.cached(nlp, dir);
        Instant t = Instant.parse("2031-05-13T19:05:00Z");
        AnnotatedArticle first = cached.analyze(article("a1", "Meridian Press", t));
        AnnotatedArticle second = cached.analyze(article("copy-of-a1", "Harbour Daily", t));
        assertThat(cached.cacheHits()).isEqualTo(1);
        assertThat(second.article().id()).isEqualTo("copy-of-a1");
        assertThat(second.article().outlet()).isEqualTo("Harbour Daily");
        assertThat(second.sentences()).isEqualTo(first.sentences());
        assertThat(second.tokens()).isEqualTo(first.tokens());
        assertThat(second.entities()).isEqualTo(first.entities());
        assertThat(second.times()).isEqualTo(first.times());
        assertThat(second.numbers()).isEqualTo(first.numbers());
        assertThat(second.quotes()).isEqualTo(first.quotes());
    }

    @Test
    void anotherPublicationDayIsAnotherAnalysis(@TempDir Path dir) {
        Analyzer cached = Analyzer.cached(nlp, dir);
        AnnotatedArticle monday = cached.analyze(article("a1", "X", Instant.parse("2031-05-13T19:05:00Z")));
        AnnotatedArticle later = cached.analyze(article("a1", "X", Instant.parse("2031-05-20T19:05:00Z")));
        assertThat(cached.cacheHits()).isZero();
        assertThat(monday.times()).isNotEqualTo(later.times()); // "Monday evening" resolves against each day
    }

    @Test
    void aDamagedEntryIsAnalyzedAgain(@TempDir Path dir) throws IOException {
        Analyzer cached = Analyzer.cached(nlp, dir);
        Instant t = Instant.parse("2031-05-13T19:05:00Z");
        AnnotatedArticle fresh = cached.analyze(article("a1", "X", t));
        List<Path> entries;
        try (Stream<Path> s = Files.walk(dir)) {
            entries = s.filter(p -> p.toString().endsWith(".bin.gz")).toList();
        }
        assertThat(entries).hasSize(1);
        Files.write(entries.get(0), new byte[] {31, -117, 8, 0}); // a truncated gzip header
        AnnotatedArticle again = cached.analyze(article("a1", "X", t));
        assertThat(cached.cacheHits()).isZero();
        assertThat(again.tokens()).isEqualTo(fresh.tokens());
        assertThat(cached.analyze(article("a1", "X", t)).tokens()).isEqualTo(fresh.tokens());
        assertThat(cached.cacheHits()).isEqualTo(1);
    }
}
