package dev.triangulate.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes the text of blog comment forms ("Please enter your comment!", "Leave a Reply",
 * "Your email address will not be published", ...). Scrapers often glue this text to the
 * next line ("Please enter your name hereVideo Shows ..."), so the phrases are cut out and
 * the rest of the line is kept; a line with nothing else is dropped.
 */
public final class CommentFormFilter implements LineFilter {
    // Phrases no article sentence contains: removed wherever they appear in a line.
    private static final Pattern DISTINCTIVE = Pattern.compile("(?i)(?:"
            + "please enter your (?:comment|name|e-?mail(?: address)?)(?: here)?\\s*!?"
            + "|you have entered an incorrect e-?mail address\\s*!?"
            + "|you must be logged in to post a comment\\.?"
            + "|log ?in to (?:leave|post) a comment\\.?"
            + "|save my name,? e-?mail,? and website in this browser(?: for the next time I comment)?[.…]*"
            + "|your e-?mail address will not be published\\.?"
            + "|required fields are marked\\s*\\*?"
            + "|notify me of (?:follow-up comments|new posts|new comments)(?: by e-?mail)?\\.?"
            + "|this site uses akismet to reduce spam\\.?(?: learn how your comment data is processed\\.?)?"
            + "|comments are closed\\.?"
            + ")");
    // Short form labels that may also be words in a sentence: only stripped at the line start, as
    // capitalized in the form ("Leave a Reply"), never mid-sentence ("readers can leave a comment").
    private static final Pattern LEADING_LABELS = Pattern.compile(
            "^(?:(?:Leave a (?:Reply|reply|Comment|comment)|Cancel [Rr]eply|Post (?:a )?[Cc]omment)\\s*[:.!]?\\s*)+");
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(?i)^(?:\\d+\\s+)?(?:comments?|reply|add a comment|view comments|show comments|name\\s*\\*?|e-?mail\\s*\\*?|website)\\s*:?$");

    /** Creates the filter. */
    public CommentFormFilter() {}

    // Fragments of the distinctive phrases; a line without any of them skips that regex.
    private static final String[] CUES = {"enter your", "incorrect e", "logged in", "log in to", "login to",
        "save my name", "not be published", "required fields", "notify me", "akismet", "comments are closed"};

    @Override
    public Optional<String> apply(String line) {
        String s = line.strip();
        if (s.length() < 40 && WHOLE_LINE.matcher(s).matches()) return Optional.empty();
        boolean distinctive = hasCue(s);
        boolean label = s.startsWith("Leave a") || s.startsWith("Cancel") || s.startsWith("Post");
        if (!distinctive && !label) return s.isEmpty() ? Optional.empty() : Optional.of(line);
        String before;
        do {
            before = s;
            if (distinctive) s = DISTINCTIVE.matcher(s).replaceAll(" ").strip();
            s = LEADING_LABELS.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before.strip()) && !s.isEmpty());
        if (s.isEmpty()) return Optional.empty();
        return Optional.of(s.equals(line.strip()) ? line : s);
    }

    private static boolean hasCue(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String cue : CUES) if (lower.contains(cue)) return true;
        return false;
    }
}
