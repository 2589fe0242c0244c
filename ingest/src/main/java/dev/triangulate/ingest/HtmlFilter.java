package dev.triangulate.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes HTML left in scraped text: tags ({@code <img ...>}, {@code <br>}), comments, inline
 * scripts and styles, and decodes entities ({@code &amp;} → &amp;). A line that was only markup
 * is dropped.
 */
public final class HtmlFilter implements LineFilter {
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile(
            "(?is)<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|$)");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
    // A tag needs a letter after "<" so that "x < y" and "<3" in prose survive.
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");
    // The start of a tag whose end was cut off by the line break.
    private static final Pattern UNCLOSED_TAG = Pattern.compile(
            "<(?:img|a|div|span|p|figure|figcaption|iframe|source|video|picture|meta|link|input)\\b[^<>]*$",
            Pattern.CASE_INSENSITIVE);

    /** Creates the filter. */
    public HtmlFilter() {}

    @Override
    public Optional<String> apply(String line) {
        if (line.indexOf('<') < 0 && line.indexOf('&') < 0) return Optional.of(line);
        // Decode first so escaped markup ("&lt;b&gt;") is removed too and a second pass changes nothing.
        String s = line;
        // Scraped text is often escaped twice ("&amp;amp;"); decode until nothing changes.
        while (s.indexOf('&') >= 0) {
            String decoded = Parser.unescapeEntities(s, false);
            if (decoded.equals(s)) break;
            s = decoded;
        }
        if (s.indexOf('<') >= 0) {
            s = SCRIPT_OR_STYLE.matcher(s).replaceAll(" ");
            s = COMMENT.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll(" ");
            s = UNCLOSED_TAG.matcher(s).replaceAll(" ");
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
