package dev.triangulate.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A cleaned news article as produced by ingest: page noise removed, metadata parsed.
 *
 * <p>{@link #text()} is the analysis text: the title, a blank line, then the body. All
 * character offsets elsewhere in the model ({@link Evidence#begin()}, sentence spans) point
 * into this string, so evidence can always be cut out of the article it came from.
 *
 * @param id        stable identifier (from the source record, else the file name)
 * @param title     headline, never null (may be empty)
 * @param body      cleaned body text, paragraphs separated by blank lines
 * @param outlet    publishing outlet, or null when unknown
 * @param url       source URL, or null
 * @param published publication time, or null when unknown
 * @param author    author, or null
 * @param language  ISO 639-1 code; "en" when not stated
 * @param origin    where it was read from (file path, file:line), for error messages
 */
public record Article(String id, String title, String body, String outlet, String url,
                      Instant published, String author, String language, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** The analysis text: title, blank line, body (or just the body when there is no title). */
    public String text() {
        if (title.isEmpty()) return body;
        if (body.isEmpty()) return title;
        return title + "\n\n" + body;
    }

    /** Outlet name for display and source grouping; the article id stands in when unknown. */
    public String outletOrUnknown() {
        return outlet == null || outlet.isBlank() ? "unknown:" + id : outlet;
    }
}
