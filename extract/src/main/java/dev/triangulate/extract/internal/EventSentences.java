package dev.triangulate.extract.internal;

/** Which sentences describe the event itself (as opposed to background or history). */
final class EventSentences {
    private EventSentences() {}

    static boolean isEvent(SentenceView v, ArticleContext ctx) {
        if (mentionsOtherYear(v, ctx)) return false;
        return v.sentence.index() <= 1 || v.hasVerb(Lexicon.EVENT_VERBS);
    }

    /** A sentence dated to another year is background ("shot to death in Warsaw in 1927"). */
    static boolean mentionsOtherYear(SentenceView v, ArticleContext ctx) {
        for (var t : v.tokens) {
            if (t.text().matches("(1[89]|20)\\d\\d") && (ctx.publicationYear == null
                    || Integer.parseInt(t.text()) != ctx.publicationYear)) return true;
        }
        return false;
    }
}
