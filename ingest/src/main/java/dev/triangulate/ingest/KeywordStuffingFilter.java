package dev.triangulate.ingest;

import java.util.Optional;

/**
 * Drops keyword-stuffed SEO lines ("russian ambassador to turkey shot dead"): short, written
 * entirely in lower case, without sentence-final punctuation. News prose capitalizes at least
 * its first word and names, so a real caption or a fact without a period ("The gunman was
 * killed after a shootout with Turkish Special Forces") is kept. Lines with a digit or a list
 * bullet, and lines in scripts without letter case (Arabic, Chinese, ...), are always kept.
 */
public final class KeywordStuffingFilter implements LineFilter {
    private static final int MAX_WORDS = 12;

    /** Creates the filter. */
    public KeywordStuffingFilter() {}

    @Override
    public Optional<String> apply(String line) {
        return isStuffing(line) ? Optional.empty() : Optional.of(line);
    }

    private static boolean isStuffing(String line) {
        String s = line.strip();
        if (s.isEmpty() || !LineText.atMostWords(s, MAX_WORDS)) return false;
        // List items ("• a 17-year-old was shot in his leg", "4 – carrying under the influence") are
        // often written in lower case but state facts; stuffed keyword lines carry no numbers.
        if ("•-–—*·▪".indexOf(s.charAt(0)) >= 0) return false;
        boolean lower = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)) return false;
            if (Character.isLowerCase(cp)) lower = true;
            i += Character.charCount(cp);
        }
        return lower && !endsWithSentencePunctuation(s);
    }

    private static boolean endsWithSentencePunctuation(String s) {
        int end = s.length();
        // Look through closing quotes and brackets: "“yes.”" ends a sentence.
        while (end > 0 && "\"'”’»)]".indexOf(s.charAt(end - 1)) >= 0) end--;
        return end > 0 && ".!?…:;".indexOf(s.charAt(end - 1)) >= 0;
    }
}
