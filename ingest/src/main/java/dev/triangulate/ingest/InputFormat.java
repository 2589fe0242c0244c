package dev.triangulate.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How to read an input file. */
public enum InputFormat {
    /** Decide per file by its extension (see {@link #byExtension(Path)}). */
    AUTO,
    /** Plain text: optional front matter, headline, body. */
    TEXT,
    /** JSON Lines: one article object a line, optionally gzip-compressed. */
    JSONL;

    /**
     * The format a file name implies: {@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson}
     * (optionally {@code .gz}) are JSONL; {@code .txt}, {@code .text}, {@code .md} and names
     * without an extension are TEXT; anything else is empty (unknown).
     */
    public static Optional<InputFormat> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) return Optional.of(TEXT);
        // A leading dot is a hidden file, not an extension: ".profile" has none.
        int dot = n.lastIndexOf('.');
        if (dot <= 0) return Optional.of(TEXT);
        return Optional.empty();
    }
}
