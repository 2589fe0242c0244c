package dev.triangulate.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops page furniture: share buttons ("Share this:", "Share on Facebook", "Tweet"), newsletter
 * and follow prompts ("Sign up for our newsletter", "Subscribe ...", "Follow us on ..."),
 * navigation and teasers ("Click here to ...", "Read more:", "Related:", "Advertisement"),
 * and lines that end in a link teaser ("Confused about the war in Syria? Read this:").
 */
public final class ShareNavigationFilter implements LineFilter {
    private static final int MAX_PROMPT_WORDS = 25;

    private static final Set<String> WHOLE_LINES = Set.of(
            "share", "share this", "share this article", "share this story", "share this post",
            "share on facebook", "share on twitter", "share on whatsapp", "share on linkedin",
            "share via email", "share via e-mail", "email this", "e-mail this", "tweet", "pin it",
            "email", "e-mail", "print", "print this", "facebook", "twitter", "whatsapp", "linkedin",
            "reddit", "pinterest", "google+", "messenger", "copy link", "advertisement",
            "advertising", "sponsored", "sponsored content", "promoted", "related", "related articles",
            "related stories", "related posts", "read more", "more", "continue reading",
            "skip to content", "skip to main content", "back to top", "menu", "home", "next",
            "previous", "loading", "you may also like", "recommended", "recommended for you",
            "trending", "trending now", "most popular", "most read", "top stories", "like this",
            "like this:", "like", "all rights reserved");

    private static final Pattern PROMPT_START = Pattern.compile("(?i)^(?:"
            + "share (?:this|on|via)\\b|sign up\\b|subscribe\\b|follow us\\b|follow .{1,40} on (?:twitter|facebook|instagram)\\b"
            + "|click here\\b|tap here\\b|read more\\s*:|related\\s*:|see also\\s*:|also read\\s*:|read also\\s*:"
            + "|more\\s*:|recommended\\s*:|advertisement\\b|like us on\\b|get our\\b.*\\bnewsletter"
            + "|download (?:our|the) app\\b|copyright\\s*(?:©|\\(c\\)|\\d{4})|©|\\(c\\) \\d{4}|all rights reserved\\b"
            + "|this (?:story|article) (?:has been|was) shared\\b|you may also like\\b"
            + ")");
    // The teaser must start the line or follow a sentence end ("... Syria? Read this:"), so that
    // "Police hope to learn more." is not taken for a link.
    private static final Pattern TEASER_END = Pattern.compile(
            "(?i)(?:^|[.!?]\\s*)(?:read (?:this|more|on|the full story|the full article)|click here|continue reading"
            + "|find out more|learn more|watch(?: the video)?)\\s*[:.…»→>]*\\s*$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:.…»→>|]+$");

    /** Creates the filter. */
    public ShareNavigationFilter() {}

    @Override
    public Optional<String> apply(String line) {
        String s = line.strip();
        // Page furniture is short; long lines are prose and skip the patterns.
        if (!LineText.atMostWords(s, MAX_PROMPT_WORDS)) return Optional.of(line);
        if (s.length() <= 40) {
            String key = TRAILING_PUNCT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
            if (WHOLE_LINES.contains(key)) return Optional.empty();
        }
        if (PROMPT_START.matcher(s).lookingAt()) return Optional.empty();
        if (TEASER_END.matcher(s).find()) return Optional.empty();
        return Optional.of(line);
    }
}
