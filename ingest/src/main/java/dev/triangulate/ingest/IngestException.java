package dev.triangulate.ingest;

/** The input as a whole cannot be ingested: a path is missing or no article could be read. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception with a one-line, user-facing message. */
    public IngestException(String message) {
        super(message);
    }

    /** An exception with a one-line, user-facing message and its cause. */
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
