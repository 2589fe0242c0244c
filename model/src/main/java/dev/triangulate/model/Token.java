package dev.triangulate.model;

/**
 * A token with its linguistic annotation.
 *
 * @param index      position in the article's token list
 * @param sentence   index of the sentence it belongs to
 * @param ner        coarse entity tag (PERSON, LOCATION, ORGANIZATION, MISC, NUMBER, DATE, ...) or "O"
 * @param normalized normalized value for numbers and times (e.g. "8.0", "2016-12-19"), or null
 */
public record Token(int index, int sentence, String text, String lemma, String pos, String ner,
                    String normalized, int begin, int end) {

    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    public String lower() { return text.toLowerCase(java.util.Locale.ROOT); }
}
