package dev.triangulate.ingest;

import java.io.IOException;

/** Bytes that are not valid UTF-8; {@link #offset()} says where the first bad byte is. */
public class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    /** An exception for invalid input at {@code offset} (zero-based, in bytes). */
    public MalformedUtf8Exception(long offset) {
        super("not valid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    /** Zero-based byte offset of the first invalid byte. */
    public long offset() {
        return offset;
    }
}
