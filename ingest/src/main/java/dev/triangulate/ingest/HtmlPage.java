package dev.triangulate.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What {@link HtmlExtractor} found in one web page.
 *
 * @param title        the headline (og:title, JSON-LD headline, the page's h1 or title), never null
 * @param text         the main text: paragraphs separated by a blank line, never null (may be empty)
 * @param siteName     the outlet's name (og:site_name, JSON-LD publisher, application-name), or null
 * @param canonicalUrl the canonical URL (link rel=canonical, og:url), else the URL the page came from, or null
 * @param author       the author (meta author, JSON-LD author, rel=author, byline markup), or null
 * @param published    publication time (meta tags, JSON-LD datePublished, {@code <time>}), or null
 * @param modified     last modification time (article:modified_time, JSON-LD dateModified), or null
 * @param language     ISO 639-1 code from {@code <html lang>} or meta tags, or null when not stated
 * @param warnings     things worth telling the user (an unknown charset, a wrongly declared one)
 */
public record HtmlPage(String title, String text, String siteName, String canonicalUrl, String author,
                       Instant published, Instant modified, String language, List<String> warnings) {
    /** Normalizes nulls to empty strings for title and text and copies the warnings. */
    public HtmlPage {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        warnings = List.copyOf(warnings);
    }
}
