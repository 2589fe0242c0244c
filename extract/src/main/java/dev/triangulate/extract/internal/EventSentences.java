package dev.triangulate.extract.internal;

/** Which sentences describe the event itself (as opposed to background or history). */
final class EventSentences {
    private EventSentences() {}

    /** Words that put a sentence about another event: "a similar attack last year", "an earlier shooting". */
    private static final java.util.regex.Pattern BACKGROUND = java.util.regex.Pattern.compile(
            "\\b(?:similar|earlier|previous|prior|separate|unrelated|last year's|last month's) "
                    + "(?:\\w+ )?(?:attacks?|shootings?|incidents?|bombings?|blasts?|crash(?:es)?|fires?|killings?|stabbings?)\\b"
                    + "|\\b(?:last|the previous) (?:year|month)\\b|\\b(?:years|months) (?:ago|earlier|before)\\b"
                    // what a past event led to: "The death of X led to the city adopting a program the next year"
                    + "|\\bthe (?:next|following) year\\b"
                    + "|\\bin a separate\\b"
                    // "The incident follows a shooting last week that ...", "The shooting came a day after an attack that left ..."
                    + "|\\b(?:shooting|incident|drive-by|violence|attack|killing|homicide|this|it)s? (?:all )?"
                    + "(?:(?:follows|followed) (?:a|an|another)\\b|(?:comes|came) (?:\\w+ ){0,4}?(?:after|on the heels of)\\b)"
                    // "His death occurred four days after another man was shot"
                    + "|\\b(?:death|shooting|incident|killing)s? (?:comes|came|occurred|happened) (?:\\w+ ){0,4}?after another\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A year's tally: "21 adults have been shot so far this year" (not "was shot earlier this year", often this event). */
    private static final java.util.regex.Pattern TALLY = java.util.regex.Pattern.compile(
            "(?<!earlier )\\bthis year\\b|\\bsince (?:january|the (?:start|beginning) of the year)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A count of the year's victims, no count of this event's: "At least eight children have been wounded this year". */
    static boolean tally(SentenceView v) {
        return TALLY.matcher(v.sentence.text()).find();
    }

    static boolean isEvent(SentenceView v, ArticleContext ctx) {
        if (mentionsOtherYear(v, ctx) || isBackground(v, ctx)) return false;
        return v.sentence.index() <= ctx.firstSentence + 1 || v.hasVerb(Lexicon.EVENT_VERBS);
    }

    /**
     * A count told of several shootings, from the token at {@code from}: "eight others were wounded in
     * shootings across the city", "3 dead, 22 wounded in weekend shootings", "Six people injured in two
     * separate shootings" — a roundup's total, not one incident's.
     */
    static boolean ofSeveralShootings(SentenceView v, int from) {
        if (SeveralIncidents.total(v)) return true;
        for (int k = from + 1; k <= from + 12 && v.at(k) != null; k++) {
            if (Regex.matches(v.lower(k), "[.;]")) return false;
            if (!v.lower(k).equals("shootings")) continue;
            for (int m = k - 1; m > from && m >= k - 5; m--) if (Regex.matches(v.lower(m), "in|during|across")) return true;
        }
        return false;
    }

    /** A sentence that tells of another, earlier event. */
    static boolean isBackground(SentenceView v, ArticleContext ctx) {
        // the opening of a roundup's event ("In a separate shooting, ...") is that event, not background
        return v.sentence.index() > ctx.firstSentence && BACKGROUND.matcher(v.sentence.text()).find();
    }

    /** A sentence dated to another year is background ("shot to death in Warsaw in 1927"). */
    static boolean mentionsOtherYear(SentenceView v, ArticleContext ctx) {
        for (int i = 0; i < v.tokens.size(); i++) {
            var t = v.tokens.get(i);
            if (Regex.matches(t.text(), "(1[89]|20)\\d\\d") && (ctx.publicationYear == null
                    || Integer.parseInt(t.text()) != ctx.publicationYear) && !address(v, i)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> BEFORE_YEAR = java.util.Set.of("in", "since", "of", "during", "until", "by", "from",
            "through", "before", "after", "early", "late", "mid", ",", "(", "'s");

    /**
     * A number that looks like a year but is part of an address: "in the 2000 block of Elm
     * Street", "1802 Beacon St." (a year before a name follows a preposition: "in 2014 Smith").
     */
    private static boolean address(SentenceView v, int i) {
        String next = i + 1 < v.tokens.size() ? v.tokens.get(i + 1).text().toLowerCase(java.util.Locale.ROOT) : "";
        if (Regex.matches(next, "blocks?|hundred")) return true;
        if (i + 1 >= v.tokens.size() || !v.tokens.get(i + 1).pos().startsWith("NNP")) return false;
        if (i == 0) return true;
        var prev = v.tokens.get(i - 1);
        return !BEFORE_YEAR.contains(prev.text().toLowerCase(java.util.Locale.ROOT)) && !prev.ner().equals("DATE");
    }
}
