/**
 * Ingest stage: reads articles from files (plain text, JSON Lines), removes page noise,
 * parses metadata and finds exact and near duplicates. Output: {@link dev.triangulate.model.Article}.
 *
 * <p>Entry point: {@link dev.triangulate.ingest.Ingestor}.
 */
package dev.triangulate.ingest;
