package dev.triangulate.model;

import java.time.Instant;

/**
 * One article's support for a fact value.
 *
 * @param source the independent-source group the article belongs to (copies share one)
 */
public record SourceRef(String article, String outlet, String source, Instant published,
                        String sentence, int begin, int end, String hedge, String attribution) {}
