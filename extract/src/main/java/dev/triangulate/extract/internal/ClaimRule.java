package dev.triangulate.extract.internal;

/** One extraction rule: reads a sentence and adds the claims it finds to the article context. */
interface ClaimRule {
    void apply(SentenceView v, ArticleContext ctx);
}
