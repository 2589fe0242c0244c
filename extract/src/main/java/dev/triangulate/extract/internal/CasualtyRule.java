package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of the incident: killed, injured, arrested, shots fired. A number counts when a
 * casualty word follows it ("three people were wounded", "4 dead"), precedes it ("wounding at
 * least three others"), or it is the value of a toll ("the death toll rose to 12").
 */
final class CasualtyRule implements ClaimRule {

    private static final Pattern NONE = Pattern.compile(
            "\\b(?:no ?one|nobody|none)\\b(?: else)? (?:was|were|has been|had been|is|got) (?:(\\w+) )?(killed|injured|hurt|wounded|arrested)"
            + "|\\bno (injuries|deaths|fatalities|arrests)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Adverbs of how badly: "nobody was seriously injured" still has people hurt. */
    private static final Set<String> SEVERITY = Set.of("seriously", "critically", "severely", "badly", "gravely", "too", "fatally");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "neither");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        for (NumberMention n : v.numbers) {
            if (age(v, n)) continue;
            Slot slot = slotFor(v, n);
            if (slot == null) {
                // "two men with gunshot wounds": the injured when the article gives no count of its own (see VictimCountRule.resolve)
                int wound = woundedGroup(v, n);
                if (wound >= 0 && ctx.woundedGroup == null && n.qualifier() == Qualifier.EXACT) {
                    ctx.woundedGroup = new ArticleContext.Pending(v, format(n.value()), v.evidence(n.firstToken(), wound));
                }
                continue;
            }
            if (slot == Slot.SHOTS && n.qualifier() == Qualifier.SEVERAL) continue; // "multiple times" is no count
            if (slot == Slot.INJURED && EventSentences.ofSeveralShootings(v, n.lastToken())) continue;
            if (slot == Slot.KILLED && SeveralIncidents.total(v)) continue; // "three overnight shootings left two people dead"
            if ((slot == Slot.INJURED || slot == Slot.KILLED) && EventSentences.tally(v)) continue;
            // a vague amount keeps its word ("dozens"): reconciliation reads it as a range
            String value = n.qualifier() == Qualifier.SEVERAL ? n.text().toLowerCase(Locale.ROOT)
                    // "Two girls and two men were wounded": the groups listed before the count
                    : format(n.value() + (slot == Slot.SHOTS ? 0 : CountedList.before(v, n.firstToken())));
            // "injured three adults and an 11-year-old child": the group listed after a count the verb before it reads
            if (slot == Slot.INJURED && n.qualifier() == Qualifier.EXACT && objectOfVerb(v, n)) {
                int more = CountedList.after(v, headOfCount(v, n));
                if (more > 0) value = format(n.value() + more);
            }
            ctx.add(v, Claim.INCIDENT, slot, value, n.qualifier(), v.evidence(n.firstToken(), endOfClaim(v, n)));
        }
        Matcher m = NONE.matcher(v.sentence.text());
        while (m.find()) {
            // "no one else was injured" counts nobody besides the people already described: no zero
            if (m.group(0).toLowerCase(Locale.ROOT).contains(" else ")) continue;
            // "no one was seriously hurt" grants that people were hurt
            if (m.group(1) != null && SEVERITY.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
            String w = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            Slot slot = w.startsWith("kill") || w.startsWith("death") || w.startsWith("fatal") ? Slot.KILLED
                    : w.startsWith("arrest") ? Slot.ARRESTED : Slot.INJURED;
            int b = v.sentence.begin() + m.start();
            ctx.add(v, Claim.INCIDENT, slot, "0", Qualifier.EXACT, v.evidence(b, v.sentence.begin() + m.end(), true));
        }
    }

    /** Whether a verb right before the count reads it as its object: "injured three adults". */
    private static boolean objectOfVerb(SentenceView v, NumberMention n) {
        var t = v.at(n.firstToken() - 1);
        return t != null && t.isVerb() && Lexicon.CASUALTY.containsKey(v.lemma(n.firstToken() - 1));
    }

    /** The last noun of the counted phrase ("three adults"), or the count itself. */
    private static int headOfCount(SentenceView v, NumberMention n) {
        int j = n.lastToken();
        while (v.at(j + 1) != null && (v.at(j + 1).isNoun() || v.at(j + 1).pos().startsWith("JJ")) && j < n.lastToken() + 3) j++;
        return j;
    }

    /**
     * A number that counts no people: an age, "two males, 30 and 42, were injured", "a minor under age 18 was shot",
     * "ranging in age from 31 to 40, were shot", or a measure, "the 9 mm gun Christopher shot himself with".
     *
     * @param v the sentence
     * @param n the number
     * @return whether the number is an age or a measure
     */
    static boolean noCountOfPeople(SentenceView v, NumberMention n) {
        return age(v, n) || Regex.matches(v.lower(n.lastToken() + 1), "mm|millimeter|caliber|gauge");
    }

    /** A number that is an age, no count: "two males, 30 and 42, were injured", "a minor under age 18 was shot". */
    private static boolean age(SentenceView v, NumberMention n) {
        int p = n.firstToken() - 1;
        if (Regex.matches(v.lower(p), "ages?|aged")) return true;
        // "from 31 to 40": the upper end of a range of ages
        if (v.lower(p).equals("to") && v.at(p - 1) != null && v.at(p - 1).pos().equals("CD") && v.lower(p - 2).equals("from")) return true;
        if (!v.lower(p).equals("and") && !v.lower(p).equals(",")) return false;
        int q = v.lower(p).equals("and") && v.lower(p - 1).equals(",") ? p - 2 : p - 1; // "ages 21, 32, and 49"
        return v.at(q) != null && v.at(q).pos().equals("CD") && !Regex.matches(v.lower(q), "one|a");
    }

    static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static int endOfClaim(SentenceView v, NumberMention n) {
        int j = n.lastToken() + 1;
        int end = n.lastToken();
        for (int k = 0; k < 7 && v.at(j) != null; k++, j++) {
            end = j;
            if (Lexicon.CASUALTY.containsKey(v.lemma(j)) || Lexicon.SHOT_NOUNS.contains(v.lower(j))) break;
        }
        return end;
    }

    private static Slot slotFor(SentenceView v, NumberMention n) {
        int j = n.lastToken() + 1;
        // "three shots", "eight bullets"
        if (Lexicon.SHOT_NOUNS.contains(v.lower(j)) && !v.lower(j).equals("shot")) {
            if (!v.lower(j).equals("times") || v.hasVerb(Set.of("shoot", "fire", "strike", "hit"))) return Slot.SHOTS;
        }
        // "one wounded and one deceased" (not "one of the deceased", a person among the dead)
        if (v.lower(j).equals("deceased")) return Slot.KILLED;
        if (v.lower(j).equals("more") || v.lower(j).equals("other")) j++;
        // "dozens of people", "two of the victims"
        if (v.lower(j).equals("of")) {
            j++;
            if (Set.of("the", "them", "those", "these").contains(v.lower(j))) j++;
        }
        if (animals(v, j)) return null;
        // counted nouns: "people", "police officers"
        int nouns = 0;
        while (v.at(j) != null && nouns < 3 && (v.at(j).isNoun() || v.at(j).pos().startsWith("JJ"))
                && !Lexicon.CASUALTY.containsKey(v.lemma(j))) {
            if (!Lexicon.COUNTED_NOUNS.contains(v.lower(j)) && v.at(j).isNoun() && !isHuman(v.lower(j))
                    && !person(v, j)) return before(v, n); // "1 teenager killed", "two boys wounded"
            j++;
            nouns++;
        }
        // "A man working along 1-10 was hospitalized": a number of several people takes no singular verb
        if (nouns == 0 && n.value() > 1 && Regex.matches(v.lower(j), "was|is|has")) return null;
        // "two more who were injured", "five people who were wounded": the relative clause says who were hurt
        // (not who were killed: "the three people who were killed" is often said of the dead of another report)
        boolean who = v.lower(j).equals("who") && Regex.matches(v.lower(j + 1), "was|were|had|have|has");
        if (who) j++;
        int aux = 0;
        // "four people were all injured"
        while (v.at(j) != null && aux < 4 && (Lexicon.AUX.contains(v.lower(j)) || v.at(j).pos().startsWith("RB")
                || aux > 0 && v.lower(j).equals("all"))) {
            if (NEGATIONS.contains(v.lower(j))) return null; // "two officers were not injured"
            j++;
            aux++;
        }
        // "18 more injuring themselves": a count of people who did it, not to whom it was done
        if (v.at(j) != null && v.at(j).pos().equals("VBG")) return before(v, n);
        String c = Lexicon.CASUALTY.get(v.lemma(j));
        if (c == null && v.at(j) != null) c = Lexicon.CASUALTY.get(v.lower(j));
        if (c != null && !(v.lemma(j).equals("death") && aux == 0 && nouns == 0)) {
            if (who && slot(c) != Slot.INJURED) return before(v, n);
            // "shot dead" after a count is a killing
            return slot(c);
        }
        if (who) return before(v, n);
        if (v.lemma(j).equals("shoot") && (v.lower(j + 1).equals("dead") || v.lower(j + 2).equals("death"))) return Slot.KILLED;
        return before(v, n);
    }

    /** Whether the nouns from {@code j} name animals, no people: "injuring one of the family dogs", "killed two horses". */
    private static boolean animals(SentenceView v, int j) {
        for (int k = j; k < j + 3 && v.at(k) != null && (v.at(k).isNoun() || v.at(k).pos().startsWith("JJ")); k++) {
            if (Lexicon.ANIMALS.contains(v.lower(k))) return true;
        }
        return false;
    }

    /** A count of people whose clause says they were hurt without a casualty word (see {@link #woundsFollow}): where it says so, or -1. */
    private static int woundedGroup(SentenceView v, NumberMention n) {
        int j = n.lastToken() + 1;
        if (v.lower(j).equals("more") || v.lower(j).equals("other")) j++;
        int nouns = 0;
        while (v.at(j) != null && nouns < 3 && (v.at(j).isNoun() || v.at(j).pos().startsWith("JJ"))) {
            if (v.at(j).isNoun() && !Lexicon.COUNTED_NOUNS.contains(v.lower(j)) && !isHuman(v.lower(j))
                    && !person(v, j)) return -1;
            j++;
            nouns++;
        }
        // "three were treated for non-life-threatening injuries": a bare count before a plural verb of treatment
        // (not "the two were found with gunshot wounds", who may be the dead)
        if (nouns == 0 && !(n.value() >= 2 && v.lower(j).equals("were"))) return -1;
        while (v.at(j) != null && (Lexicon.AUX.contains(v.lower(j)) || v.at(j).pos().startsWith("RB"))) j++;
        if (nouns == 0 && !Set.of("treat", "hospitalize", "suffer", "sustain").contains(v.lemma(j))) return -1;
        return woundsFollow(v, j);
    }

    /**
     * After a count of people, the rest of its clause says they were hurt without a casualty
     * word: "suffered non-life-threatening injuries", "showed up at the hospital with gunshot
     * wounds", "who were suffering from gunshot wounds", "were treated for wounds", "were hospitalized":
     * the token that says so, or -1.
     */
    static int woundsFollow(SentenceView v, int j) {
        if (v.lower(j).equals("who")) j++;
        boolean cue = false;
        for (int k = j; k <= j + 12 && v.at(k) != null; k++) {
            String w = v.lower(k), lemma = v.lemma(k);
            if (Regex.matches(w, "[,;:.]|and|but|while|when|after|before|because")) return -1;
            if (NEGATIONS.contains(w) || w.equals("no")) return -1;
            if (lemma.equals("hospitalize")) return k;
            if (Set.of("suffer", "sustain", "treat", "with").contains(lemma) || w.equals("with")) cue = true;
            if (cue && Regex.matches(w, "wounds?|injur(y|ies)|gunshots?")) return fatal(v, j, k) ? -1 : k;
        }
        return -1;
    }

    private static boolean fatal(SentenceView v, int from, int to) {
        for (int k = from; k <= to; k++) if (Regex.matches(v.lower(k), "fatal|deadly|mortal|fatally")) return true;
        return false;
    }

    private static Slot before(SentenceView v, NumberMention n) {
        int p = n.firstToken() - 1;
        var t = v.at(p);
        if (t != null && t.isVerb() && !v.lemma(p).equals("die") && !v.lower(n.lastToken() + 1).equals("by")) {
            String c = Lexicon.CASUALTY.get(v.lemma(p));
            if (c != null) return slot(c);
        }
        // "the death toll rose to 12", "a toll of 12"
        for (int k = p; k >= p - 5 && v.at(k) != null; k--) {
            if (v.lower(k).equals("toll") && Set.of("to", "at", "of", "is", "stands").contains(v.lower(p))) return Slot.KILLED;
        }
        return null;
    }

    /** A person noun, also where the lemmatizer keeps the plural ("teens", "juveniles"). */
    private static boolean person(SentenceView v, int j) {
        String w = v.lower(j);
        return VictimCountRule.HUMAN.contains(v.lemma(j)) || w.endsWith("s") && VictimCountRule.HUMAN.contains(w.substring(0, w.length() - 1));
    }

    private static boolean isHuman(String w) {
        return w.endsWith("ers") || w.endsWith("ians") || w.endsWith("ists") || w.endsWith("men") || w.endsWith("ents");
    }

    private static Slot slot(String c) {
        return switch (c) {
            case "killed" -> Slot.KILLED;
            case "injured" -> Slot.INJURED;
            default -> Slot.ARRESTED;
        };
    }
}
