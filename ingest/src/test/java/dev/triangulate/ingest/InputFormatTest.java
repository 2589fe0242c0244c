package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {
    @ParameterizedTest
    @CsvSource({
        "docs.jsonl, JSONL", "docs.jsonl.gz, JSONL", "docs.ndjson, JSONL", "DOCS.JSONL.GZ, JSONL",
        "a.txt, TEXT", "a.text, TEXT", "notes.md, TEXT", "article, TEXT", "dir/000_a03c, TEXT",
        "page.html, HTML", "page.HTM, HTML", "page.html.gz, HTML", "feed.rss, FEED", "feed.atom, FEED", "feed.xml, FEED",
        "crawl.warc.gz, WARC", "crawl.warc, WARC", "old.arc.gz, WARC"})
    void knownExtensions(String name, InputFormat expected) {
        assertThat(InputFormat.byExtension(Path.of(name))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"data.csv", "image.png", "archive.tar.gz", "x.gz"})
    void unknownExtensions(String name) {
        assertThat(InputFormat.byExtension(Path.of(name))).isEmpty();
    }
}
