package dev.triangulate.extract.internal;

/**
 * The words of an age before a noun or a name: "15-year-old", "24 year old", "21-month-old". The
 * tokenizer may keep such an age as one token or split it into five ("15", "-", "year", "-", "old").
 */
final class AgeWords {
    private AgeWords() {}

    private static final String AGE = "\\d{1,3}|-|years?|months?|weeks?|old|\\d{1,3}-(year|month|week)-old";

    /**
     * The first token from k that is neither a word of an age nor one of {@code also} (a regex of
     * lower-case words such as "a|an" or "the|little", or null for none).
     */
    static int skip(SentenceView v, int k, String also) {
        while (v.at(k) != null && (Regex.matches(v.lower(k), AGE) || also != null && Regex.matches(v.lower(k), also))) k++;
        return k;
    }
}
