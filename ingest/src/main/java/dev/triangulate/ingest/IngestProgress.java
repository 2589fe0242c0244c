package dev.triangulate.ingest;

/**
 * Receives ingest progress: called after each input (file or URL) has been read. Inputs are
 * read in parallel, so implementations must be thread-safe; {@code done} counts up by one
 * per call but calls may arrive out of order.
 */
@FunctionalInterface
public interface IngestProgress {
    /**
     * @param done     inputs read so far
     * @param total    inputs in the batch
     * @param articles articles read so far
     */
    void update(int done, int total, int articles);

    /** Reports nothing. */
    IngestProgress NONE = (done, total, articles) -> { };
}
