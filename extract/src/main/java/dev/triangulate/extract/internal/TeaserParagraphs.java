package dev.triangulate.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's list of other stories, told by its markup's repetition: many news pages print each
 * teaser as a headline and a summary that the text extraction leaves as the same paragraph twice
 * in a row ("Authorities say a coroner's office employee died in a wreck ..." twice, then the
 * next story's). Where a page repeats three or more paragraphs so, those paragraphs are other
 * stories, not the event's (a story's own lead repeated once or twice as a caption stays).
 */
final class TeaserParagraphs {
    private TeaserParagraphs() {}

    private static final Pattern PARAGRAPH = Pattern.compile("(?s)\\S.*?(?=\\n\\s*\\n|\\z)");

    /** Repeated paragraphs shorter than this are labels ("Advertisement", "Read more"), not teasers. */
    private static final int MIN_LENGTH = 60;

    /** Fewer repeated paragraphs than this may be the story's own lead shown twice. */
    private static final int MIN_REPEATS = 3;

    /** The [begin, end) character ranges of the teaser paragraphs of {@code text}, both copies; empty when fewer than three repeat. */
    static List<int[]> ranges(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) paragraphs.add(new int[] {m.start(), m.end()});
        List<int[]> out = new ArrayList<>();
        int repeats = 0;
        for (int k = 1; k < paragraphs.size(); k++) {
            String here = text.substring(paragraphs.get(k)[0], paragraphs.get(k)[1]).strip();
            String before = text.substring(paragraphs.get(k - 1)[0], paragraphs.get(k - 1)[1]).strip();
            if (here.length() < MIN_LENGTH || !here.equals(before)) continue;
            repeats++;
            out.add(paragraphs.get(k - 1));
            out.add(paragraphs.get(k));
        }
        return repeats >= MIN_REPEATS ? out : List.of();
    }

    /** Whether the character offset falls in one of the ranges. */
    static boolean contains(List<int[]> ranges, int offset) {
        for (int[] r : ranges) if (offset >= r[0] && offset < r[1]) return true;
        return false;
    }
}
