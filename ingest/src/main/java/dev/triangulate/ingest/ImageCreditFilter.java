package dev.triangulate.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes image credits: whole-line credits ("Image via Burhan Ozbilici/AP", "Cover image via
 * ...", "Photo: ...", "Photo by ...", "Image credit: ...", "Credit: ...", "Getty Images") are
 * dropped, and a credit in parentheses at the end of a caption ("... the scene. (Photo: AP)")
 * is cut off. Only short lines count as credits, so a sentence that starts "Photos by the
 * agency show ..." and runs on is kept.
 */
public final class ImageCreditFilter implements LineFilter {
    private static final int MAX_CREDIT_WORDS = 16;

    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^[(\\[]?\\s*(?:"
            // "Image via X", "Cover image via X", "Photo by X", "Photo: X", "Photos courtesy of X", "Image source: X"
            + "(?:(?:cover|featured|header|top|lead|main|hero|feature)\\s+)?"
            + "(?:image|photo|photograph|picture|pic|graphic|illustration|video|screenshot|screengrab|footage)s?"
            + "(?:\\s+(?:credit|credits|source|courtesy))?"
            + "\\s*(?:via\\b|by\\b|:|courtesy\\b|©)"
            // "Credit: X", "Credits: X", "Photo credit X"
            + "|credits?\\s*:"
            + "|©"
            + ")");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?i)\\b(?:getty\\s*images|ap\\s+photo|afp\\s+photo|reuters\\s+photo|shutterstock|istock(?:photo)?|epa-efe|wireimage)\\b");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("(?i)\\s*[(\\[]\\s*(?:"
            + "(?:image|photo|photograph|picture|pic|video)s?(?:\\s+credit)?\\s*(?::|via\\b|by\\b|courtesy\\b)"
            + "|credit\\s*:|ap\\s+photo|afp\\s+photo|getty\\s*images"
            + ")[^()\\[\\]]*[)\\]]\\s*$");

    /** Creates the filter. */
    public ImageCreditFilter() {}

    @Override
    public Optional<String> apply(String line) {
        String s = line.strip();
        // Cut a trailing credit first, so that a caption carrying one is kept without it.
        String cut = s;
        while (cut.endsWith(")") || cut.endsWith("]")) {
            String shorter = TRAILING_CREDIT.matcher(cut).replaceFirst("");
            if (shorter.equals(cut)) break;
            cut = shorter;
        }
        if (cut.isBlank()) return Optional.empty();
        boolean shortLine = LineText.atMostWords(cut, MAX_CREDIT_WORDS);
        if (shortLine && CREDIT_LINE.matcher(cut).lookingAt()) return Optional.empty();
        if (shortLine && AGENCY_CREDIT.matcher(cut).find() && !endsLikeSentence(cut)) return Optional.empty();
        return Optional.of(cut.length() == s.length() ? line : cut);
    }

    private static boolean endsLikeSentence(String s) {
        // "Getty Images said on Monday it would ..." is news about the agency, not a credit.
        return s.endsWith(".") && !LineText.atMostWords(s, 6) && !s.matches("(?i).*\\b(?:images|photo)\\.$");
    }
}
