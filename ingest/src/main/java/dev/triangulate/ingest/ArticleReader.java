package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the articles of one file of one format. */
public interface ArticleReader {
    /**
     * Reads {@code file}, handing each article to {@code articles} as soon as it is parsed (so
     * large files stream) and each broken record to {@code problems}.
     *
     * @throws IOException when the file as a whole cannot be read
     */
    void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException;
}
