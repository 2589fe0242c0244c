/**
 * Ingest stage: reads articles from files and URLs (plain text, JSON Lines, HTML pages with
 * main-text extraction, RSS/Atom feeds, WARC/ARC archives), detects formats by content,
 * removes page noise, parses metadata and finds exact and near duplicates. Output:
 * {@link dev.triangulate.model.Article}. Broken input becomes a {@link dev.triangulate.model.Problem},
 * never an aborted batch.
 *
 * <p>Entry point: {@link dev.triangulate.ingest.Ingestor}; for one page,
 * {@link dev.triangulate.ingest.HtmlExtractor}. Everything in {@code ingest.internal} may change.
 */
package dev.triangulate.ingest;
