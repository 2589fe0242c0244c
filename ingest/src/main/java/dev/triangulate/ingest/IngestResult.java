package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.util.List;

/**
 * What ingest produced.
 *
 * @param articles   the articles read, exact duplicates removed, in input order
 * @param problems   inputs that were skipped or partly understood, and dropped duplicates
 * @param duplicates exact duplicates (dropped) and near duplicates (kept), sorted by id
 */
public record IngestResult(List<Article> articles, List<Problem> problems, List<Duplicate> duplicates) {
    /** Copies the lists so the result is immutable. */
    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }
}
