package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {
    @ParameterizedTest
    @CsvSource({
        "docs.jsonl, JSONL", "docs.jsonl.gz, JSONL", "docs.ndjson, JSONL", "DOCS.JSONL.GZ, JSONL",
        "a.txt, TEXT", "a.text, TEXT", "notes.md, TEXT", "article, TEXT", "dir/000_a03c, TEXT"})
    void knownExtensions(String name, InputFormat expected) {
        assertThat(InputFormat.byExtension(Path.of(name))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"page.html", "data.csv", "image.png", "archive.tar.gz"})
    void unknownExtensions(String name) {
        assertThat(InputFormat.byExtension(Path.of(name))).isEmpty();
    }
}
