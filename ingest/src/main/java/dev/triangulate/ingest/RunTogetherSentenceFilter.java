package dev.triangulate.ingest;

import java.util.Optional;

/**
 * Puts back the space a scrape lost between two sentences ("in northeast Houston.Police were
 * called"): a sentence's end after a lower-case word, then a capitalised word, with nothing
 * between. The tokenizer would otherwise read "Houston.Police" as one word and the sentence
 * splitter run the two sentences together. Initials and abbreviations ("U.S.Army", "Mr.Smith")
 * are left alone: the word before the stop must end in two lower-case letters.
 */
public final class RunTogetherSentenceFilter implements LineFilter {
    /** Creates the filter. */
    public RunTogetherSentenceFilter() {}

    @Override
    public Optional<String> apply(String line) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 2; i + 2 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(line.charAt(i - 1)) && Character.isLowerCase(line.charAt(i - 2))
                    && Character.isUpperCase(line.charAt(i + 1)) && Character.isLowerCase(line.charAt(i + 2)) && !inAddress(line, i)) {
                if (out == null) out = new StringBuilder(line.length() + 8);
                out.append(line, copied, i + 1).append(' ');
                copied = i + 1;
            }
        }
        if (out == null) return Optional.of(line);
        return Optional.of(out.append(line, copied, line.length()).toString());
    }

    /** Inside a web or mail address ("www.Example.com", "news@Station.com"): no sentence end. */
    private static boolean inAddress(String line, int i) {
        int start = i;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) start--;
        String word = line.substring(start, i);
        return word.contains("/") || word.contains("@") || word.startsWith("www");
    }
}
