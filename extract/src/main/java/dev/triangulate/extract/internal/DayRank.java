package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;

/**
 * How surely a day a sentence names is the incident's, by the word it belongs to: the shooting
 * itself, a death, or a later step of the story (see {@link #rank}).
 */
final class DayRank {
    private DayRank() {}

    /** The shooting itself: verbs and nouns whose day is the incident's. */
    private static final java.util.Set<String> EVENT = java.util.Set.of("shoot", "kill", "wound", "injure", "fire", "happen",
            "occur", "erupt", "strike", "hit", "shooting", "shootout", "gunfire", "gunshot", "incident", "attack", "killing", "homicide",
            "slay", "gun", "murder");
    /** A death, possibly days after the shooting. */
    private static final java.util.Set<String> DEATH = java.util.Set.of("die", "pronounce", "succumb", "death");
    /** Later steps of the story: reports, arrests, court, the victim's condition, investigation, mourning. */
    private static final java.util.Set<String> LATER = java.util.Set.of("say", "tell", "announce", "confirm", "identify", "release",
            "update", "post", "publish", "arrest", "charge", "book", "arraign", "appear", "remain", "continue", "investigate", "search",
            "seek", "hold", "mourn", "gather", "remember", "honor", "plead", "sentence", "indict", "file", "sue", "testify", "surrender",
            "detain", "question", "recover", "speak", "comment", "decline", "ask", "urge", "name", "add", "explain", "describe", "issue",
            "condition", "court", "conference", "statement", "hearing", "vigil", "rally", "custody", "interview", "funeral", "memorial",
            "meeting", "arraignment", "trial", "jail", "unclear", "autopsy", "plea", "guilty", "discharge", "wear",
            // a state that goes on after the shooting: "police were still on the scene Sunday", "an investigation was underway
            // Thursday", "officers were on foot patrol in the neighborhood Wednesday"
            "still", "underway", "patrol");
    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell");
    private static final java.util.Set<String> AUXILIARY = java.util.Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must", "get");
    /** Words that end the clause a time belongs to, walking left. */
    private static final java.util.Set<String> CLAUSE_START = java.util.Set.of(",", ";", ":", "--", "-", "that", "when", "after",
            "before", "while", "as", "because", "where", "who", "which", "and", "but");

    /**
     * How surely a day is the incident's: 3 when it is said of the shooting ("was shot Sunday",
     * "in a shooting Sunday", "it happened Sunday"), 1 of a death ("died Monday"), 0 of a later
     * step ("police said Monday", "arrested two men Sunday", "in critical condition Monday"), 2
     * otherwise. The word the day belongs to is the first verb or listed noun before it in its
     * clause ("arrested Kenneth Anderson on Sunday"), or, when the clause starts with the day
     * ("On Tuesday, deputies arrested ..."), the first main verb after it.
     */
    static int rank(SentenceView v, TimeMention t) {
        // a state reached by then: "By Wednesday evening, candles marked the wall"
        if (v.lower(t.firstToken() - 1).equals("by")) return 0;
        // a day that modifies the shooting: "the Saturday afternoon shooting", "Sunday's shooting"
        int after = t.lastToken() + 1;
        if (Regex.matches(v.lower(after), "'s|’s")) after++;
        if (shootingNounAt(v, after) >= 0) return 3;
        // a day that modifies a later step: "at his Saturday arraignment", "before Sunday's news conference"
        if (v.at(after) != null && v.at(after).isNoun() && (LATER.contains(v.lemma(after)) || laterNoun(v, after + 1))) return 0;
        for (int i = t.firstToken() - 1; i >= v.first && i >= t.firstToken() - 12; i--) {
            var tok = v.at(i);
            String lemma = v.lemma(i);
            if (CLAUSE_START.contains(tok.lower()) && !inWord(v, i) && !timePreposition(v, t, i) && !joinsNouns(v, i) || tok.pos().equals("WDT")
                    || tok.pos().equals("WRB")) break;
            int r = rankAt(v, i, t);
            if (r == 3 && tok.isNoun() && i >= timeStart(v, t) - 2 && !Regex.matches(v.lower(t.lastToken() + 1), "'s|’s") && laterStepOf(v, i)) return 0;
            // "Police say at about 9:30 p.m. Thursday one of the friends fired": a clock time is the reported event's, not the saying's
            if (r == 0 && tok.isVerb() && REPORTING.contains(lemma) && Regex.matches(t.text(), "(?i).*\\d\\s*([ap]\\.?m\\.?|:\\d\\d).*")) break;
            if (r >= 0 && !(tok.isVerb() && AUXILIARY.contains(lemma))) return r;
            if (tok.isVerb() && !AUXILIARY.contains(lemma)) return 2;
        }
        for (int i = t.lastToken() + 1; i <= v.last() && i <= t.lastToken() + 12; i++) {
            var tok = v.at(i);
            String lemma = v.lemma(i);
            if (tok.isVerb() && !AUXILIARY.contains(lemma)) {
                int r = rankOf(lemma);
                return r >= 0 ? r : 2;
            }
        }
        return 2;
    }

    /**
     * Where the shooting noun is that a day modifies, from the word after it: "Sunday's shooting",
     * "the Saturday afternoon shooting", also past a modifier ("the April 24 mass shooting", "Sunday's
     * fatal shooting"); -1 when the day modifies no shooting.
     */
    private static int shootingNounAt(SentenceView v, int after) {
        if (v.at(after) != null && v.at(after).isNoun() && EVENT.contains(v.lemma(after))) return after;
        return modifiesShooting(v, after) ? shootingNoun(v, after) : -1;
    }

    private static int shootingNoun(SentenceView v, int after) {
        for (int i = after; i <= v.last() && i <= after + 2; i++) if (v.at(i).isNoun() && EVENT.contains(v.lemma(i))) return i;
        return -1;
    }

    /**
     * A day that names the shooting as one the reader knows ("Thursday's shooting scene", "the
     * Sunday shooting", "Tuesday's incident marks the third ..."): the story's own event, where a
     * day told with a verb may be another incident the story recalls. Not a gun ("Saturday's gun
     * show"), a shooting noun that modifies another ("Saturday's incident reports"), a date ("the
     * June 27 shooting", often an earlier one) nor an indefinite one ("a Sunday night shooting").
     */
    static boolean refersToTheShooting(SentenceView v, TimeMention t) {
        // a weekday, the week's own: "the June 27 shooting" is as often an earlier one the story recalls
        if (!Regex.matches(t.text(), "(?i)" + Weekdays.NAME + "( (night|morning|afternoon|evening))?\\s*('s|’s)?")) return false;
        int after = t.lastToken() + 1;
        // the tagger takes the possessive in ("Tuesday's") or leaves it out
        boolean possessive = Regex.matches(v.lower(after), "'s|’s") || Regex.matches(v.lower(t.lastToken()), "'s|’s");
        // "Sunday's shooting" or "the Sunday shooting", not "a Sunday night shooting", another one
        if (!possessive && !v.lower(t.firstToken() - 1).equals("the")) return false;
        if (Regex.matches(v.lower(after), "'s|’s")) after++;
        int noun = shootingNounAt(v, after);
        if (noun < 0 || v.lemma(noun).equals("gun")) return false;
        var next = v.at(noun + 1);
        return next == null || !next.isNoun() || Regex.matches(v.lower(noun + 1), "scene|site");
    }

    /** A hyphen inside a word ("a 7-year-old Tuesday night"), touching the words on both sides: no clause break. */
    private static boolean inWord(SentenceView v, int i) {
        var before = v.at(i - 1);
        var tok = v.at(i);
        var after = v.at(i + 1);
        return before != null && after != null && before.end() == tok.begin() && tok.end() == after.begin();
    }

    /**
     * "and" between two nouns, with no verb before the day ("shot in the back and the leg Thursday
     * night", "shot his wife and daughter Sunday"): one noun phrase, not a new clause.
     */
    private static boolean joinsNouns(SentenceView v, int i) {
        if (!v.lower(i).equals("and") || v.at(i - 1) == null || !v.at(i - 1).isNoun()) return false;
        var next = v.at(i + 1);
        return next != null && (next.isNoun() || Regex.matches(next.pos(), "DT|JJ.*|CD|PRP\\$"));
    }

    /** Where the time's phrase starts, over the words that lead it: "just before noon Sunday", "at about 9 p.m. Sunday". */
    private static int timeStart(SentenceView v, TimeMention t) {
        int i = t.firstToken();
        while (i - 1 >= v.first && Regex.matches(v.lower(i - 1), "before|after|just|shortly|about|around|approximately|at|on|early|late")) i--;
        return i;
    }

    /** "before" or "after" right before the time is part of it ("shortly before 10 p.m. Sunday"), not a clause opener. */
    private static boolean timePreposition(SentenceView v, TimeMention t, int i) {
        return i == t.firstToken() - 1 && Regex.matches(v.lower(i), "before|after");
    }

    /**
     * The shooting named, right before the day, as what a later step is about: "charged a man with
     * murder Thursday", "arrested in connection with the shooting Sunday" (a later step's verb, then a preposition).
     */
    private static boolean laterStepOf(SentenceView v, int noun) {
        for (int i = noun - 1; i >= v.first && i >= noun - 8; i--) {
            if (v.at(i).isVerb() || CLAUSE_START.contains(v.lower(i)) && !inWord(v, i)) return false;
            if (!Regex.matches(v.lower(i), "with|in|of|for")) continue;
            for (int k = i - 1; k >= v.first && k >= i - 5; k--) {
                if (v.at(k).isVerb() && !AUXILIARY.contains(v.lemma(k))) return LATER.contains(v.lemma(k));
            }
            return false;
        }
        return false;
    }

    private static boolean laterNoun(SentenceView v, int i) {
        return v.at(i) != null && v.at(i).isNoun() && LATER.contains(v.lemma(i));
    }

    /**
     * The rank of the word at i, in its context: "arrested without incident" tells of no shooting,
     * "the shooting death of" is the shooting, "faced a judge" is a later step.
     */
    private static int rankAt(SentenceView v, int i, TimeMention t) {
        String lemma = lemma(v, i);
        if (lemma.equals("incident") && v.lower(i - 1).equals("without")) return -1;
        // a court of law ("appeared in court Monday", "Bibb County Magistrate Court"), not a place ("shot on a basketball
        // court Monday evening", "the 3300 block of Westdale Court"); one before a noun is the law's ("his first court appearance")
        if (lemma.equals("court") && !Regex.matches(v.lower(i - 1), COURT_OF_LAW) && !(i + 1 < t.firstToken() && v.at(i + 1).isNoun())) return -1;
        if (lemma.equals("face") && v.at(i).isVerb()) return 0; // "faced a judge Friday", not "shot in the face Friday"
        // "turned himself in to police on Friday": a surrender, not "turned violent"
        if (lemma.equals("turn") && v.at(i).isVerb() && Regex.matches(v.lower(i + 1), "himself|herself|themselves")
                && v.lower(i + 2).equals("in")) return 0;
        // a gun ("bought the gun on Friday") is no shooting, and a shooting noun before another noun modifies it ("the incident report")
        if (v.at(i).isNoun() && (lemma.equals("gun") || EVENT.contains(lemma) && i + 1 < t.firstToken() && v.at(i + 1).isNoun())) return -1;
        if (DEATH.contains(lemma) && v.at(i).isNoun() && i > v.first && v.at(i - 1).isNoun() && EVENT.contains(v.lemma(i - 1))) return 3;
        return rankOf(lemma);
    }

    /** The word before "court" that makes it a court of law: "in court", "to court", "Superior Court". */
    private static final String COURT_OF_LAW = "in|into|to|before|from|federal|superior|district|circuit|magistrate|municipal|juvenile"
            + "|criminal|supreme|family|bond|traffic|appeals|sessions|general|county|city|state|probate|drug|high";

    /** One or two modifiers between the day and a shooting noun: "mass", "fatal", "double" (not a later step's noun). */
    private static boolean modifiesShooting(SentenceView v, int after) {
        for (int i = after; i <= v.last() && i <= after + 2; i++) {
            var tok = v.at(i);
            if (tok == null) return false;
            if (tok.isNoun() && EVENT.contains(v.lemma(i))) return i > after;
            if (!(tok.pos().startsWith("JJ") || tok.isNoun()) || LATER.contains(v.lemma(i))) return false;
        }
        return false;
    }

    /**
     * The token's lemma; a plural the tagger takes for a name at a sentence's start keeps its
     * plural as lemma ("Autopsies Tuesday found ..."), so it is made singular here.
     */
    private static String lemma(SentenceView v, int i) {
        String lemma = v.lemma(i);
        if (!v.at(i).pos().equals("NNPS")) return lemma;
        if (lemma.endsWith("ies")) return lemma.substring(0, lemma.length() - 3) + "y";
        return lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    private static int rankOf(String lemma) {
        if (EVENT.contains(lemma)) return 3;
        if (DEATH.contains(lemma)) return 1;
        if (LATER.contains(lemma)) return 0;
        return -1;
    }
}
