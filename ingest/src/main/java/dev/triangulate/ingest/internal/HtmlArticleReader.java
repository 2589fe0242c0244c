package dev.triangulate.ingest.internal;

import dev.triangulate.ingest.ArticleReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one saved web page (optionally gzip-compressed) as one article; id: the file name. */
public final class HtmlArticleReader implements ArticleReader {
    private final HtmlArticles pages;
    private final long maxBytes;

    /** @param maxBytes pages larger than this (decompressed) are skipped with a problem */
    public HtmlArticleReader(HtmlArticles pages, long maxBytes) {
        this.pages = pages;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        byte[] bytes = Bytes.read(file, maxBytes);
        if (bytes.length == 0) {
            problems.accept(new Problem(file.toString(), "empty file"));
            return;
        }
        pages.article(bytes, null, null, HtmlArticles.baseName(file.getFileName().toString()), file.toString(), problems)
                .ifPresent(articles);
    }
}
