package dev.triangulate.analyze.internal;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import java.util.function.Supplier;

/** Creates its analyzer (loads the models) on the first article: a run served from the cache loads nothing. */
public final class LazyAnalyzer implements Analyzer {
    private final Supplier<Analyzer> factory;
    private volatile Analyzer delegate;

    public LazyAnalyzer(Supplier<Analyzer> factory) {
        this.factory = factory;
    }

    @Override
    public AnnotatedArticle analyze(Article article) {
        Analyzer a = delegate;
        if (a == null) {
            synchronized (this) {
                a = delegate;
                if (a == null) delegate = a = factory.get();
            }
        }
        return a.analyze(article);
    }

    @Override
    public void close() {
        Analyzer a = delegate;
        if (a != null) a.close();
    }
}
