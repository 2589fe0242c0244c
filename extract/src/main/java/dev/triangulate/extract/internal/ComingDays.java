package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;

/**
 * A day of a coming step of the story, said in the future or as a plan ("will face a judge on
 * Tuesday", "could be released as early as Monday", "an autopsy is scheduled for Tuesday",
 * "is expected to appear in court Monday"): a weekday name then resolves into the past, to a day
 * that is no day of the event.
 */
final class ComingDays {
    private ComingDays() {}

    /** Verbs that plan a step: "is scheduled for Tuesday", "is expected to appear Monday". */
    private static final java.util.Set<String> PLAN = java.util.Set.of("schedule", "expect", "plan");
    private static final java.util.Set<String> BE = java.util.Set.of("be", "have", "get");
    /** Words that end the clause a day belongs to, walking left (not "as": "as early as Monday"). */
    private static final java.util.Set<String> CLAUSE_START = java.util.Set.of(",", ";", ":", "--", "that", "when", "after",
            "before", "while", "because", "where", "who", "which", "and", "but");

    /** Whether the verb the day belongs to (the first verb before it in its clause) is a modal's or a plan's. */
    static boolean coming(SentenceView v, TimeMention t) {
        // a day said of the shooting is its day: "charges might be brought over the shooting Saturday night"
        if (DayRank.rank(v, t) == 3) return false;
        for (int i = t.firstToken() - 1; i >= v.first && i >= t.firstToken() - 12; i--) {
            var tok = v.at(i);
            // a day set off by a comma right before it is the appositive of the clause before ("a vigil
            // will be held at the home, Saturday 7 p.m.")
            if (i == t.firstToken() - 1 && tok.lower().equals(",")) continue;
            if (CLAUSE_START.contains(tok.lower())) return false;
            if (!tok.isVerb() || BE.contains(v.lemma(i))) continue;
            return PLAN.contains(v.lemma(i)) || modal(v, i) || scheduled(v, i);
        }
        return false;
    }

    /**
     * A present tense in the story's body, which tells a schedule ("the boy turns 6 on Sunday",
     * "the family holds a vigil Saturday"); not a saying or a state ("police say Monday",
     * "remains in critical condition Monday"), nor a headline's present for the past.
     */
    private static boolean scheduled(SentenceView v, int verb) {
        return v.sentence.index() > 0 && Regex.matches(v.at(verb).pos(), "VBZ|VBP") && !NOT_SCHEDULE.contains(v.lemma(verb));
    }

    private static final java.util.Set<String> NOT_SCHEDULE = java.util.Set.of("say", "tell", "remain", "continue", "believe", "think",
            "know", "report", "confirm", "add", "state", "indicate", "show", "suspect", "allege", "claim", "need", "want", "face");

    /**
     * A modal before the verb, over auxiliaries and adverbs ("will face", "could be released"), or
     * "to" after a plan ("is expected to appear"; not "trying to flee", which is past).
     */
    private static boolean modal(SentenceView v, int verb) {
        for (int i = verb - 1; i >= v.first && i >= verb - 4; i--) {
            var tok = v.at(i);
            if (tok.pos().equals("MD")) return true;
            if (tok.pos().equals("TO")) return i - 1 >= v.first && PLAN.contains(v.lemma(i - 1));
            if (!(BE.contains(v.lemma(i)) || tok.pos().startsWith("RB"))) return false;
        }
        return false;
    }
}
