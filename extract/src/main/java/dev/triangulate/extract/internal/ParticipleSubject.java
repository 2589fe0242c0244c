package dev.triangulate.extract.internal;

import java.util.function.IntFunction;

/**
 * The person a participle phrase describes, where the phrase stands between that person and the
 * verb: "An 11-year-old boy playing on his skateboard was shot", "the girl sitting in the front seat
 * of the car was hit in the back". The noun phrase right before the verb ("his skateboard", "the
 * car") is then the participle's object, not the person hurt.
 */
final class ParticipleSubject {
    private ParticipleSubject() {}

    /**
     * The span of the person before a present participle that opens the phrase ending with
     * {@code np}, or null when no participle stands close before it or no person precedes the
     * participle. {@code personBefore} gives the person's phrase that ends right before a token, or null.
     */
    static Phrases.Span of(SentenceView v, Phrases.Span np, IntFunction<Phrases.Span> personBefore) {
        for (int k = np.start() - 1; k >= np.start() - 4 && k > v.first; k--) {
            // a new clause or a list is no participle phrase of the subject
            if (Regex.matches(v.lower(k), "[,;:(]|--|who|that|which|and|or|but")) return null;
            if (v.at(k).pos().equals("VBG")) return personBefore.apply(k);
            if (v.at(k).isVerb()) return null;
        }
        return null;
    }
}
