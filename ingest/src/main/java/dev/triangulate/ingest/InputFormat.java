package dev.triangulate.ingest;

import dev.triangulate.ingest.internal.Sniffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How to read an input file or URL. */
public enum InputFormat {
    /** Decide per file by its content, then by its extension (see {@link #detect(Path)}). */
    AUTO,
    /** Plain text: optional front matter, headline, body. */
    TEXT,
    /** JSON Lines: one article object a line, optionally gzip-compressed. */
    JSONL,
    /** A web page: main text and metadata are extracted (optionally gzip-compressed). */
    HTML,
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed: one article per entry. */
    FEED,
    /** A WARC or ARC web archive, gzip-compressed or not: one article per HTML response. */
    WARC;

    /**
     * The format a file name implies: {@code .jsonl}, {@code .ndjson} are JSONL; {@code .html},
     * {@code .htm}, {@code .xhtml} are HTML; {@code .rss}, {@code .atom}, {@code .xml} are FEED;
     * {@code .warc}, {@code .arc} are WARC (each optionally {@code .gz}); {@code .txt},
     * {@code .text}, {@code .md} and names without an extension are TEXT; anything else is
     * empty (unknown).
     */
    public static Optional<InputFormat> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(JSONL);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Optional.of(HTML);
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) return Optional.of(FEED);
        if (n.endsWith(".warc") || n.endsWith(".arc")) return Optional.of(WARC);
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) return Optional.of(TEXT);
        // A leading dot is a hidden file, not an extension: ".profile" has none.
        int dot = n.lastIndexOf('.');
        if (dot <= 0 && !name.toString().toLowerCase(Locale.ROOT).endsWith(".gz")) return Optional.of(TEXT);
        return Optional.empty();
    }

    /**
     * The format of a file judged by its first bytes (decompressed when gzip): a WARC or ARC
     * header, an RSS/Atom/RDF root element, HTML markup, JSON objects, or readable text. Empty
     * for binary files (images, archives, executables) and unreadable ones.
     */
    public static Optional<InputFormat> detect(Path file) {
        return Sniffer.sniff(file);
    }

    /** The format of content already in memory; see {@link #detect(Path)}. */
    public static Optional<InputFormat> detect(byte[] head) {
        return Sniffer.sniff(head);
    }
}
