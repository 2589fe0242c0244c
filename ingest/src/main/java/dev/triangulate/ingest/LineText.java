package dev.triangulate.ingest;

/** Cheap measurements of a line used by several filters; regexes here cost seconds per corpus. */
final class LineText {
    private LineText() {}

    /** The number of white-space-separated words in {@code s}, counting no further than {@code limit + 1}. */
    static int words(String s, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i));
            if (!space && !inWord && ++count > limit) return count;
            inWord = !space;
        }
        return count;
    }

    /** True when {@code s} has at most {@code max} words. */
    static boolean atMostWords(String s, int max) {
        return words(s, max) <= max;
    }
}
