package dev.triangulate.model;

/**
 * Something a speaker said, as resolved by the extraction rules.
 *
 * @param speaker  who said it (a name, a description such as "campaign spokesman", or
 *                 {@code perpetrator}); null when unknown
 * @param text     the quoted words (direct) or the reported content (indirect), without quote marks
 * @param evidence sentence and character span: the quote including its marks (a quotation interrupted by its
 *                 attribution, {@code “A,” she said. “B.”}, is one quote whose span runs from the first
 *                 opening mark to the last closing one and whose text is both parts), or the reported clause
 * @param direct   true for a direct quote in quotation marks; false for reported speech
 *                 ("X said (that) ...", "..., X said", "according to X, ...")
 * @param cue      the words that mark the attribution ("said", "told reporters", "according to"), or null
 */
public record Quote(String speaker, String text, Evidence evidence, boolean direct, String cue) {

    /** A direct quote without a recorded cue (the form used before reported speech existed). */
    public Quote(String speaker, String text, Evidence evidence) {
        this(speaker, text, evidence, true, null);
    }
}
