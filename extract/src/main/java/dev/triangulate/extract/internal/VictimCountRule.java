package dev.triangulate.extract.internal;

import dev.triangulate.model.PersonNames;
import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts stated without a number, and people shot. Local news rarely writes "one person was
 * killed": it writes "a man was shot and killed", "a 23-year-old woman died", "John Smith
 * was wounded". Each such person counts one. "Three people were shot, one fatally" says
 * three were hit: the injured are those not killed. These counts are only used when the
 * article states no count of its own for the slot (see {@link #resolve}).
 */
final class VictimCountRule implements ClaimRule {

    /** One person (or N people, from "N people were shot") found with what happened to them. */
    record Found(String person, String outcome, int count, Evidence evidence, SentenceView view) {}

    static final Set<String> HUMAN = Set.of("man", "woman", "teen", "teenager", "boy", "girl", "person", "victim",
            "child", "toddler", "infant", "baby", "youth", "juvenile", "adult", "father", "mother", "son", "daughter",
            "brother", "sister", "husband", "wife", "girlfriend", "boyfriend", "neighbor", "neighbour", "bystander",
            "homeowner", "customer", "clerk", "motorist", "pedestrian", "passenger", "suspect", "gunman", "shooter",
            "robber", "intruder", "male", "female", "grandmother", "grandfather", "uncle", "nephew", "cousin", "friend",
            "roommate", "stepfather", "stepson", "resident", "student", "officer", "deputy", "trooper", "driver", "worker",
            "employee", "guard", "owner", "manager", "stepdaughter", "stepmother", "stepbrother", "stepsister", "granddaughter",
            "grandson", "niece", "aunt", "fiance", "fiancee", "spouse", "partner", "relative", "sibling", "kid", "senior", "patron",
            "cashier", "bartender", "bouncer", "tenant", "visitor", "guest", "occupant", "shopper", "attendant", "firefighter",
            "detective", "sergeant", "agent", "teacher", "veteran", "acquaintance", "coworker", "classmate", "individual", "hunter", "minor");

    /** Marks an unnamed person found beside others in a list ("a man and a woman"). */
    private static final String LISTED = "+";

    private static final Set<String> DASH = Set.of("--", "-", "–", "—");

    /** Being brought to a hospital or found: hurt when a wound follows. */
    private static final Set<String> TAKEN = Set.of("take", "transport", "rush", "fly", "bring", "find");

    /** Coming to a hospital by oneself: hurt when a wound follows. */
    private static final Set<String> ARRIVE = Set.of("show", "arrive", "walk");

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "got");

    /** Adverbs of degree: after "not" they qualify the injury instead of denying it. */
    private static final Set<String> DEGREE = Set.of("seriously", "critically", "severely", "badly", "gravely", "fatally",
            "life-threateningly");

    private static final Set<String> DEATH_NOUNS = Set.of("death", "killing", "slaying", "murder", "homicide");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        // a condition is said of someone hurt in this event, also where no event verb stands ("Keisha is in stable condition")
        condition(v, ctx);
        recovering(v, ctx);
        multipleShooting(v, ctx);
        // "He was taken to a hospital with non-life-threatening injuries", "was found with a gunshot wound",
        // "showed up at a hospital with a gunshot wound" outside the event sentences tell of
        // the victim only while nothing before has told of anyone hurt (later paragraphs may tell of other people)
        boolean takenOnly = !EventSentences.isEvent(v, ctx);
        if (takenOnly && (!ctx.victimCounts.isEmpty() || ctx.hasClaim(Slot.INJURED) || ctx.hasClaim(Slot.KILLED))) return;
        if (!takenOnly) {
            active(v, ctx);
            nominal(v, ctx);
            oneOf(v, ctx);
            suicide(v, ctx);
        }
        for (int i = v.first; i <= v.last(); i++) {
            String lemma = v.lemma(i);
            String lower = v.lower(i);
            if (takenOnly && !TAKEN.contains(lemma) && !ARRIVE.contains(lemma)) continue;
            // "died", "passed away"
            boolean died = (lemma.equals("die") || lemma.equals("succumb") || lemma.equals("pass") && v.lower(i + 1).equals("away")
                    // "was pronounced dead", "was declared dead"
                    || (lemma.equals("pronounce") || lemma.equals("declare")) && v.lower(i + 1).equals("dead")) && v.at(i).isVerb()
                    // "was later pronounced deceased" (the tagger may take both words for adjectives)
                    || Regex.matches(lower, "pronounced|declared") && v.lower(i + 1).equals("deceased")
                    // "A man is dead"
                    || lower.equals("dead") && i > v.first && Regex.matches(v.lower(i - 1), "is|was|are|were")
                    // a headline: "Teen, 17, dead in apparent accidental shooting"
                    || lower.equals("dead") && v.sentence.index() == 0 && i > v.first && (v.at(i - 1).isNoun() || v.lower(i - 1).equals(","));
            // a headline's bare count: "5 shot on Detroit's west side" (the tagger may take "shot" for a noun)
            if (headlineCount(v, i)) {
                int count = i - 1;
                NumberMention n = v.numbers.stream().filter(x -> x.lastToken() == count && x.qualifier() == Qualifier.EXACT)
                        .findFirst().orElse(null);
                if (n != null && n.value() >= 1 && !EventSentences.ofSeveralShootings(v, i)) {
                    ctx.victimCounts.add(new Found(null, "shot", (int) n.value(), v.evidence(n.firstToken(), i), v));
                }
                continue;
            }
            // a headline's "Teen killed, another injured": someone else, hurt beside the dead
            if (v.sentence.index() == 0 && v.lower(i - 1).equals("another") && v.lower(i - 2).equals(",")
                    && Regex.matches(lower, "injured|wounded|hurt")) {
                ctx.victimCounts.add(new Found("a person@0", "injured", 1, v.evidence(i - 1, i), v));
                continue;
            }
            boolean reflexiveVerb = self(v, i); // the tagger may take a headline's "Shoots" for a noun
            // a headline's participle the tagger took for a noun or adjective: "17-year-old boy shot/NN in head"
            boolean participle = headlineParticiple(v, i);
            if (participle) lemma = base(lower);
            boolean verb = (Regex.matches(v.at(i).pos(), "VBN|VBD|VBG") || reflexiveVerb || participle) && Set.of("kill", "shoot", "wound", "injure", "hurt", "stab",
                    "arrest", "murder", "strike", "hit", "graze", "find", "take", "transport", "rush", "fly", "bring", "hospitalize", "airlift")
                    .contains(lemma);
            if (!died && !verb && !Set.of("suffer", "sustain").contains(lemma) && !ARRIVE.contains(lemma)) continue;
            int j = i - 1;
            boolean passive = false, auxiliary = false;
            while (v.at(j) != null && (Lexicon.AUX.contains(v.lower(j)) || v.at(j).pos().startsWith("RB")
                    // "a child got shot"
                    || Regex.matches(v.lower(j), "got|gets|get") && v.at(i).pos().equals("VBN")
                    // "was found shot to death", "was also found wounded"
                    || v.lower(j).equals("found") && (BE.contains(v.lower(j - 1)) || v.at(j - 1).pos().startsWith("RB") && BE.contains(v.lower(j - 2))))) {
                if (BE.contains(v.lower(j))) passive = true;
                // an adverb is no auxiliary: "15-year-old boy critically injured in ..." is still a headline's clause
                if (Lexicon.AUX.contains(v.lower(j)) && !v.at(j).pos().startsWith("RB")) auxiliary = true;
                // "was not injured" denies it; "was not seriously injured" reports it
                if (Set.of("not", "n't", "never").contains(v.lower(j)) && !DEGREE.contains(v.lower(j + 1))) return;
                j--;
            }
            boolean reflexive = self(v, i);
            // "two teenagers were shooting shotguns": the progressive is someone firing, not hit
            if (passive && v.at(i).pos().equals("VBG") && !reflexive) continue;
            boolean suffered = Set.of("suffer", "sustain").contains(lemma) && injuryFollows(v, i)
                    // "showed up at a hospital with a gunshot wound", "arrived at the hospital with wounds"
                    || ARRIVE.contains(lemma) && v.at(i).isVerb() && CasualtyRule.woundsFollow(v, i + 1) >= 0;
            if (suffered) verb = true;
            // a headline drops the auxiliary: "Orangeburg man shot while hunting"
            // ("12-year-old boy fatally shot": adverbs may stand between)
            boolean headline = v.sentence.index() == 0 && !auxiliary && (Regex.matches(v.at(i).pos(), "VBN|VBD") || participle) && v.at(j) != null
                    && (v.at(j).isNoun() || age(v, j) != null // "4-year-old shot by brother"
                    // the person the tagger took for an adjective: "Female Juvenile/JJ Killed After Accidental Shooting"
                    || (participle || v.at(j).pos().startsWith("JJ")) && HUMAN.contains(v.lower(j))
                    // "Boy, 3, wounded in accidental shooting"
                    || v.lower(j).equals(",") && v.at(j - 1) != null && v.at(j - 1).pos().equals("CD") && v.lower(j - 2).equals(",")
                            && v.at(j - 3) != null && (v.at(j - 3).isNoun() || HUMAN.contains(v.lower(j - 3))));
            // a participle after the person it describes: "A girl and a woman wounded by gunfire Wednesday have been released"
            boolean reduced = !auxiliary && j == i - 1 && Set.of("wound", "injure", "shoot", "hurt").contains(lemma)
                    && (v.at(i).pos().equals("VBN") && Regex.matches(v.lower(i + 1), "by|in|during") || Regex.matches(v.at(i).pos(), "VBN|VBD") && afterAnd(v, i)
                        // "Of the four people shot, two had serious injuries": the whole of a partitive count
                        || CountedList.partitiveWhole(v, j))
                    && (HUMAN.contains(v.lemma(j)) || age(v, j) != null);
            if (!died && !passive && !reflexive && !suffered && !headline && !reduced) continue;
            String outcome = outcome(v, i, died);
            if (outcome == null) continue;
            // "He was airlifted to a hospital ... and later succumbed", "The boy was taken off life support and passed away":
            // the death joins a clause whose subject is the person who died
            if (died && v.lower(j).equals("and")) {
                String subject = clauseSubject(v, ctx, j);
                if (subject != null) ctx.victimCounts.add(new Found(subject, "killed", 1, v.evidence(j + 1, outcomeEnd(v, i)), v));
                continue;
            }
            // "The boy who was shot was pronounced dead": a relative clause between the subject and the verb
            if (v.at(j) != null && v.at(j).pos().equals("VBN") && BE.contains(v.lower(j - 1)) && Regex.matches(v.lower(j - 2), "who|that")) j -= 2;
            // "Jefferson student who shot himself has died": a relative clause of the person who died
            if (died) j = beforeRelative(v, j);
            // "a boy who died", "the man, who was shot"
            if (v.lower(j).equals("who") || v.lower(j).equals("that")) j--;
            // "The 17-year-old, whose name has not been released, was taken to the hospital": the person before the clause
            if (v.lower(j).equals(",") && v.at(j - 1) != null && !v.at(j - 1).isNoun()) j = insertedClause(v, j);
            // "Two people -- including a 1-year-old boy -- were wounded": the closing dash of an inserted phrase
            boolean dash = DASH.contains(v.lower(j));
            if (v.lower(j).equals(",") || dash) j--;
            Phrases.Span np = Phrases.before(v, j + 1);
            // "Joseph Hudson, 25, died": the age set off by commas follows the name
            if (np != null && np.start() == np.end() && v.at(np.end()).pos().equals("CD") && v.lower(np.start() - 1).equals(",")) {
                np = Phrases.before(v, np.start() - 1);
            }
            // "A 16-year-old was shot": the tokenizer splits the age, and "old" is no noun
            if (np == null) np = age(v, j);
            // "A minor/JJ was injured": a person noun the tagger took for an adjective after its determiner
            if (np == null && v.at(j) != null && v.at(j).pos().startsWith("JJ") && HUMAN.contains(v.lower(j))
                    && v.at(j - 1) != null && v.at(j - 1).pos().equals("DT")) np = new Phrases.Span(j - 1, j);
            // "A 13-year-old male/JJ suffered a gunshot wound": the same after an age
            if (np == null && v.at(j) != null && v.at(j).pos().startsWith("JJ") && HUMAN.contains(v.lower(j)) && age(v, j - 1) != null) {
                np = new Phrases.Span(age(v, j - 1).start(), j);
            }
            if (np == null && headline) {
                // a headline's person the tagger took for no noun: "Juvenile/JJ shot", "Boy/UH, 3, wounded"
                int h = v.at(j) != null && v.at(j).pos().equals("CD") && v.lower(j - 1).equals(",") ? j - 2 : j;
                if (HUMAN.contains(v.lower(h))) np = new Phrases.Span(h, h);
            }
            // "Four people, including an 11-year-old, were shot": the subject is before the inserted phrase
            if (np != null && v.lower(np.start() - 1).equals("including")
                    && (v.lower(np.start() - 2).equals(",") || dash && DASH.contains(v.lower(np.start() - 2)))) {
                Phrases.Span outer = Phrases.before(v, np.start() - 2);
                if (outer != null) np = outer;
            }
            // "Another man in the home was wounded", "A woman in her 50s was shot": the person before a place or an age
            if (np != null && person(v, np) == null) np = beforePlace(v, np);
            // "An 11-year-old boy playing on his skateboard was shot": the person before the participle phrase
            if (np != null && person(v, np) == null) {
                Phrases.Span participleOf = ParticipleSubject.of(v, np, k -> {
                    Phrases.Span p = Phrases.before(v, k);
                    if (p == null) p = age(v, k - 1);
                    return p != null && (person(v, p) != null || counted(v, p)) ? p : null;
                });
                if (participleOf != null) np = participleOf;
            }
            if (np == null && reflexive) {
                // "taken to the hospital after accidentally shooting himself": someone, counted once
                ctx.victimCounts.add(new Found("the person", outcome, 1, v.evidence(i, i + 1), v));
                continue;
            }
            if (np == null) continue;
            // "a dog that was shot after attacking an officer is dead": the dead is the animal the clause is about
            if (died && animalClause(v, np.start())) continue;
            Phrases.Span subject = np;
            int end = outcomeEnd(v, i);
            Evidence ev = v.evidence(np.start(), end);
            // "three people were shot", "two men were wounded"
            NumberMention n = v.numbers.stream().filter(x -> x.firstToken() >= subject.start() && x.lastToken() <= subject.end()
                    && x.qualifier() == Qualifier.EXACT && !Regex.matches(v.lower(x.lastToken() + 1), "blocks?")
                    // "Image 2 of 4 A 22-month-old girl was shot": a number before the person's determiner is none of theirs
                    && !(v.at(x.lastToken() + 1) != null && v.at(x.lastToken() + 1).pos().equals("DT"))
                    // "a girl under age 16 was shot": an age
                    && !Regex.matches(v.lower(x.firstToken() - 1), "ages?|aged") && !CasualtyRule.noCountOfPeople(v, x)
                    // "a man working along I-10 was hospitalized": several people take no singular verb
                    && !(x.value() > 1 && x.lastToken() == subject.end() && Regex.matches(v.lower(subject.end() + 1), "was|is|has"))).findFirst().orElse(null);
            if (n != null) {
                // "Two people, including a boy, were wounded": the count the inserted phrase hides from CasualtyRule
                // (not a roundup's total: "Six people, including two boys, were wounded in Chicago shootings Sunday")
                if (outcome.equals("injured") && Regex.matches(v.lower(subject.end() + 1), ",|--|-|–|—") && v.at(subject.end()).pos().equals("NNS")
                        && n.lastToken() == subject.end() - 1 && v.lower(subject.end() + 2).equals("including")
                        && !EventSentences.ofSeveralShootings(v, i)) {
                    ctx.add(v, Claim.INCIDENT, Slot.INJURED, CasualtyRule.format(n.value()), Qualifier.EXACT, ev);
                }
                if (outcome.equals("shot") && !EventSentences.ofSeveralShootings(v, i) && !EventSentences.tally(v)) {
                    // "A woman and two men were shot": the people listed before the count were hit too
                    ctx.victimCounts.add(new Found(null, "shot", (int) n.value() + CountedList.before(v, subject.start()), ev, v));
                    // "Four teenagers were shot, one fatally", "Two people have been shot, one of them fatally"
                    int k = end + 1;
                    if (v.lower(k).equals(",") && v.lower(k + 1).equals("one")) {
                        int f = v.lower(k + 2).equals("of") ? k + 4 : k + 2;
                        if (Regex.matches(v.lower(f), "fatally|mortally")) {
                            ctx.victimCounts.add(new Found("one of them@" + v.sentence.index(), "killed", 1, v.evidence(np.start(), f), v));
                        }
                    }
                }
                continue;
            }
            String person = person(v, np);
            // "One of the children was shot": one person of a group
            if (person == null && v.lower(np.start() - 1).equals("of") && v.lower(np.start() - 2).equals("one")) {
                person = "a person@" + v.sentence.index();
            }
            // "A juvenile attempting to hide a gun in the trunk of an SUV shot himself": someone, whoever the words before
            if (person == null && reflexive && n == null) {
                ctx.victimCounts.add(new Found("the person", outcome, 1, v.evidence(i, i + 1), v));
                continue;
            }
            if (person == null && died && v.at(v.first) != null && Regex.matches(v.lower(v.first), "a|an|the")) {
                // "A teenager shot in the head in her own front yard has died": the subject that opens the sentence
                Phrases.Span opening = Phrases.after(v, v.first);
                // the tagger may take the participle for a noun: "A teenager shot/NN in the head"
                if (opening != null && opening.end() > opening.start() && Regex.matches(v.lower(opening.end()), "shot|wounded|injured|hurt|struck")) {
                    opening = new Phrases.Span(opening.start(), opening.end() - 1);
                }
                if (opening != null && opening.end() < i && v.at(opening.end() + 1) != null
                        && (v.at(opening.end() + 1).pos().equals("VBN") || Regex.matches(v.lower(opening.end() + 1), "shot|wounded|injured|hurt|struck"))) {
                    person = person(v, opening);
                }
            }
            // "A man and child were injured": the second person without an article
            if (person == null && v.lower(np.start() - 1).equals("and") && np.start() == np.end() && HUMAN.contains(v.lower(np.end()))) {
                person = "a " + v.lower(np.end()) + "@" + v.sentence.index();
            }
            if (person != null) ctx.victimCounts.add(new Found(person, outcome, 1, ev, v));
            if (person != null && !died) conjuncts(v, ctx, np, outcome, end);
        }
    }

    /**
     * A headline's bare count of people hit: "5 shot on Detroit's west side", "Toddler among 4 shot in drive-by",
     * "Three shot, including 6-year-old boy", "Police: 4 hit in shooting" (not "2 shot, 1 dead": the comma
     * starts another count).
     */
    private static boolean headlineCount(SentenceView v, int i) {
        if (v.sentence.index() != 0 || i <= v.first || !v.at(i - 1).pos().equals("CD")) return false;
        boolean shot = v.lower(i).equals("shot") || v.lower(i).equals("hit") && Regex.matches(v.lower(i + 1), "in|by|during");
        if (!shot) return false;
        int before = i - 2;
        if (before >= v.first && !Regex.matches(v.lower(before), "among|:")) return false;
        return !Regex.matches(v.lower(i + 1), "dead|,|and") || v.lower(i + 1).equals(",") && v.lower(i + 2).equals("including");
    }

    private static final java.util.Map<String, Integer> MULTIPLE = java.util.Map.of("double", 2, "triple", 3, "quadruple", 4,
            "quintuple", 5);

    /**
     * "a fatal double shooting", "3 dead in quadruple shooting": that many people were hit, a
     * count weaker than one that names the people (see {@link #counts}). Also where no event
     * verb stands ("Police are investigating a double shooting"), but not in background.
     */
    private static void multipleShooting(SentenceView v, ArticleContext ctx) {
        if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) return;
        for (int i = v.first; i <= v.last(); i++) {
            Integer n = MULTIPLE.get(v.lower(i));
            if (n == null) continue;
            int k = v.lower(i + 1).equals("-") ? i + 2 : i + 1; // "double-shooting"
            if (v.lower(k).equals("shooting")) ctx.victimCounts.add(new Found(null, ALL_SHOT, n, v.evidence(i, k), v));
        }
    }

    /**
     * "One of 5 shot outside a bar dies", "was one of four people shot and wounded": that many people
     * were hit (those who died are subtracted as for "N people were shot").
     */
    private static void oneOf(SentenceView v, ArticleContext ctx) {
        if (EventSentences.tally(v)) return;
        for (NumberMention n : v.numbers) {
            int k = n.firstToken() - 1;
            if (v.lower(k).equals("the")) k--;
            if (!v.lower(k).equals("of") || !v.lower(k - 1).equals("one") || n.qualifier() != Qualifier.EXACT || n.value() < 2) continue;
            int j = n.lastToken() + 1;
            while (j <= n.lastToken() + 2 && v.at(j) != null && (Lexicon.COUNTED_NOUNS.contains(v.lower(j)) || people(v.lower(j)))) j++;
            if (Regex.matches(v.lower(j), "shot|wounded|injured|hurt") && !EventSentences.ofSeveralShootings(v, j)) {
                ctx.victimCounts.add(new Found(null, "shot", (int) n.value(), v.evidence(k - 1, j), v));
                // "one of five people shot outside the bar has died": that one is dead
                for (int d = j + 1; d <= v.last(); d++) {
                    if (v.lemma(d).equals("die") && v.at(d).isVerb()) {
                        ctx.victimCounts.add(new Found("one of them@" + v.sentence.index(), "killed", 1, v.evidence(k - 1, d), v));
                        break;
                    }
                }
            }
        }
    }

    /** The outcome of a count of people hit that a multiple shooting gives ("double shooting"). */
    private static final String ALL_SHOT = "shot in all";

    /** The token before "who" of a short relative clause ending at {@code j} ("student who shot himself"), else {@code j}. */
    private static int beforeRelative(SentenceView v, int j) {
        for (int k = j; k > j - 5 && v.at(k) != null; k--) {
            if (Regex.matches(v.lower(k), "[,.;:]|and|but")) return j;
            if (v.lower(k).equals("who") && v.at(k - 1) != null && v.at(k - 1).isNoun()) return k - 1;
        }
        return j;
    }

    /** The comma that opens an inserted relative clause closed by the comma at {@code comma} (", whose name ..., was"), else {@code comma}. */
    private static int insertedClause(SentenceView v, int comma) {
        for (int k = comma - 2; k > comma - 12 && v.at(k) != null; k--) {
            if (Regex.matches(v.lower(k), "[.;:]")) return comma;
            if (v.lower(k).equals(",")) return Regex.matches(v.lower(k + 1), "who|whose") ? k : comma;
        }
        return comma;
    }

    /** "Two men were killed and a teen wounded": a participle whose auxiliary the clause before "and" gave. */
    private static boolean afterAnd(SentenceView v, int i) {
        Phrases.Span np = Phrases.before(v, i);
        if (np == null || !v.lower(np.start() - 1).equals("and")) return false;
        for (int k = np.start() - 2; k >= np.start() - 4 && v.at(k) != null; k--) {
            if (Regex.matches(v.lower(k), "killed|dead|died|shot|wounded|injured")) return true;
        }
        return false;
    }

    /** "A man and a woman were shot", "Ana Ruiz, her son and a neighbor were wounded": each person before the last one. */
    private static void conjuncts(SentenceView v, ArticleContext ctx, Phrases.Span last, String outcome, int end) {
        int k = last.start() - 1;
        // the last one after "and" (an apposition is the same person: "A boy, Jakob Weeks, who was shot"); a headline
        // writes a comma for "and" ("Woman, 1-year-old boy wounded in shooting"; not an age: "Boy, 3, wounded")
        boolean headlineList = v.sentence.index() == 0 && v.lower(k).equals(",") && v.at(k - 1) != null && !v.at(k - 1).pos().equals("CD");
        if (!v.lower(k).equals("and") && !headlineList || v.at(last.end()).pos().equals("PRP")) return;
        // "The father and stepmother of a boy who was shot": the people listed are the phrase's first noun's, not the boy's
        for (int m = last.start(); m < last.end(); m++) if (v.lower(m).equals("of")) return;
        List<Found> people = new java.util.ArrayList<>();
        for (int n = 0; n < 4 && v.at(k) != null && Regex.matches(v.lower(k), "and|,"); n++) {
            // "A, B, and C"; "Jo Ames, 34, Al Brown, 32, and Cy Titus, 33, were shot": the comma before "and"
            int before = v.lower(k).equals(",") && v.lower(k - 1).equals("and") || v.lower(k).equals("and") && v.lower(k - 1).equals(",") ? k - 1 : k;
            Phrases.Span np = Phrases.before(v, before);
            if (np == null) return;
            // "Joseph Hudson, 25, and ...": the age set off by commas follows the name
            if (np.start() == np.end() && v.at(np.end()).pos().equals("CD") && v.lower(np.start() - 1).equals(",")) np = Phrases.before(v, np.start() - 1);
            if (np == null) np = age(v, before - 1);
            if (np == null) return;
            String person = person(v, np);
            if (person == null) return;
            // an unnamed person beside another one is another person: "a man and a woman"
            // (marked as a list's: the same people described again in another sentence are no more)
            if (person.startsWith("a ") || person.startsWith("the ")) person = "another " + person.substring(person.indexOf(' ') + 1) + LISTED;
            people.add(new Found(person, outcome, 1, v.evidence(np.start(), end), v));
            k = np.start() - 1;
        }
        // the people are the subject of their clause: not "accessible to the child and he shot himself"
        if (people.isEmpty() || v.at(k) != null && !Regex.matches(v.lower(k), "[,;:(–—-]|--|that|when|after|as|while|because|where|and|but")) return;
        ctx.victimCounts.addAll(people);
    }

    /** The shooter who then killed himself is one of the dead: "before turning the gun on himself", "kills daughter, himself". */
    private static final java.util.regex.Pattern SUICIDE = java.util.regex.Pattern.compile(
            "turn(?:ed|ing|s)? the gun on (?:himself|herself)|murder-suicide|murder suicide"
            // after killing someone else: a lone "killed himself" is that one death, not one more
            + "|(?:then|before|after) (?:killed|killing|kills) (?:himself|herself)|(?:then|before|after|and) (?:took|taking|takes) (?:his|her) own life"
            + "|(?:kill|kills|killed|shoots|shot) [^.,;]{1,40}, (?:himself|herself)\\b");

    private static void suicide(SentenceView v, ArticleContext ctx) {
        if (SUICIDE.matcher(v.sentence.text().toLowerCase(java.util.Locale.ROOT)).find()) {
            ctx.victimCounts.add(new Found("another person: the shooter", "killed", 1, v.evidence(v.first, v.last()), v)); // one more than the victims
        }
    }

    /**
     * In a headline, "shot", "wounded", "injured" or "hurt" right after a person that the tagger
     * took for a noun or an adjective: "17-year-old boy shot in head", "Juvenile shot on the
     * Westside" (not before a noun: "boy's shot clock", "injured list").
     */
    static boolean headlineParticiple(SentenceView v, int i) {
        if (v.sentence.index() != 0 || i <= v.first || v.at(i).isVerb() || !Regex.matches(v.lower(i), "shot|wounded|injured|hurt")) return false;
        var next = v.at(i + 1);
        if (next != null && Regex.matches(next.pos(), "NNS?")) return false;
        // "15-year-old boy critically injured in ...": an adverb of degree between
        int p = Regex.matches(v.at(i - 1).pos(), "RB") && i - 1 > v.first ? i - 2 : i - 1;
        // the tagger may take the person for an adjective too: "Juvenile/JJ shot/NN"
        return people(v.lower(p)) && Regex.matches(v.at(p).pos(), "NNP?S?|JJ") || age(v, p) != null;
    }

    /** A word for a person or for people: "juvenile", "juveniles", "men" (the tagger may keep a headline's plural as its lemma). */
    static boolean people(String w) {
        return HUMAN.contains(w) || w.endsWith("s") && HUMAN.contains(w.substring(0, w.length() - 1))
                || Set.of("men", "women", "people", "children").contains(w);
    }

    private static String base(String participle) {
        return switch (participle) {
            case "shot" -> "shoot";
            case "wounded" -> "wound";
            case "injured" -> "injure";
            default -> participle;
        };
    }

    private static final Set<String> BODY = Set.of("hand", "hands", "foot", "feet", "leg", "legs", "arm", "arms", "finger", "fingers",
            "thigh", "knee", "toe", "toes", "shoulder", "chest", "stomach", "abdomen", "groin", "hip", "ankle", "wrist", "face", "head",
            "side", "buttocks", "calf", "palm", "thumb", "jaw", "eye", "neck", "back");

    /**
     * Someone shot or wounded himself: "shoots himself", "shoots self", "wounds self", "shot
     * his own leg", "accidentally shooting his foot" (a body part, not a person: "shot his wife").
     */
    static boolean self(SentenceView v, int i) {
        if (!v.lemma(i).equals("shoot") && !v.lemma(i).equals("wound") && !Regex.matches(v.lower(i), "shoots|wounds")) return false;
        String next = v.lower(i + 1);
        if (Regex.matches(next, "himself|herself|self|themselves")) return true;
        // "Carter County man shoots own leg": a headline drops the possessive
        if (!Regex.matches(next, "his|her|their|own")) return false;
        int k = next.equals("own") ? i + 1 : i + 2;
        if (v.lower(k).equals("own")) k++; // "shot his own leg" (not "his own brother")
        while (v.at(k) != null && k < i + 4 && v.at(k).pos().startsWith("JJ")) k++; // "his left hand"
        return BODY.contains(v.lower(k)) && !Regex.matches(v.lower(k + 1), "'s|’s");
    }

    /** "suffered a gunshot wound", "sustained non-life-threatening injuries". */
    private static boolean injuryFollows(SentenceView v, int i) {
        for (int k = i + 1; k <= i + 12 && v.at(k) != null; k++) {
            if (Regex.matches(v.lower(k), "injur(y|ies)|wounds?|gunshot")) return true;
            // "suffered a self-inflicted gunshot wound": a participle inside a hyphenated adjective
            if (v.lower(k - 1).equals("-") && v.at(k).pos().equals("VBN")) continue;
            // "suffered what police described as a non-life threatening injury"
            if (v.lower(k).equals("what") && k == i + 1) {
                int as = k + 1;
                while (as <= k + 5 && v.at(as) != null && !v.lower(as).equals("as")) as++;
                if (v.lower(as).equals("as") && Regex.matches(v.lemma(as - 1), "describe|call|term|characterize")) {
                    k = as;
                    continue;
                }
            }
            // "suffered non-life threatening injuries": the tagger may take "threatening" for a verb
            if (v.lower(k).equals(",") || v.at(k).isVerb() && !Regex.matches(v.lower(k), "(life-)?threatening")) return false;
        }
        return false;
    }

    /** "killed his father", "fatally shooting a man", "left a teen dead", "found a boy dead". */
    private static void active(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            if (!v.at(i).isVerb() || v.at(i).pos().equals("VBN") && BE.contains(v.lower(i - 1))) continue;
            // "he attempted to kill this young man", "to harm or kill another person", "it could have ... killed her": no deed
            if (UnrealDeeds.at(v, i)) continue;
            String lemma = v.lemma(i);
            boolean fatally = Regex.matches(v.lower(i - 1), "fatally|mortally");
            // "fatally shooting his brother", "mortally wounding Troyer in the chest"
            boolean kills = lemma.equals("kill") || lemma.equals("murder") || fatally && (lemma.equals("shoot") || lemma.equals("stab")
                    || lemma.equals("wound") || lemma.equals("injure"));
            // "left a teen dead", "found a boy dead", "pronounced the victim dead"
            boolean leaves = lemma.equals("leave") || lemma.equals("find") || lemma.equals("pronounce") || lemma.equals("declare");
            // "accidentally shot his wife", "injuring a 17-year-old", "the round struck him": hit, outcome not said here
            boolean hits = !kills && (lemma.equals("shoot") || lemma.equals("wound") || lemma.equals("injure") || lemma.equals("graze")
                    || (lemma.equals("strike") || lemma.equals("hit")) && bulletBefore(v, i));
            if (!kills && !leaves && !hits) continue;
            if (hits && (negated(v, i) || v.lower(i + 1).equals("dead"))) continue;
            Phrases.Span found = Phrases.after(v, i + 1);
            if (found == null) continue;
            // "shooting a child multiple times": how often is no part of the person
            Phrases.Span np = found.end() - 2 >= found.start() && v.lower(found.end()).equals("times")
                    && Regex.matches(v.lower(found.end() - 1), "multiple|several|many|numerous|two|three|four|five|six|\\d+")
                    ? new Phrases.Span(found.start(), found.end() - 2) : found;
            // "left a teen dead", "left a 12-year-old girl injured"
            // "left a 15-year-old boy critically injured": an adverb of degree between
            int state = np.end() + 1 + (DEGREE.contains(v.lower(np.end() + 1)) ? 1 : 0);
            boolean leftHurt = leaves && Regex.matches(v.lower(state), "injured|wounded|hurt");
            // "When they arrived, they found five people shot": a count of people hit (those who died are subtracted)
            if (lemma.equals("find") && v.lower(np.end() + 1).equals("shot") && Lexicon.COUNTED_NOUNS.contains(v.lower(np.end()))
                    && !EventSentences.ofSeveralShootings(v, np.end() + 1)) {
                NumberMention n = v.numbers.stream().filter(x -> x.firstToken() >= np.start() && x.lastToken() < np.end()
                        && x.qualifier() == Qualifier.EXACT).findFirst().orElse(null);
                if (n != null && n.value() >= 2) ctx.victimCounts.add(new Found(null, "shot", (int) n.value(), v.evidence(i, np.end() + 1), v));
                continue;
            }
            if (leaves && !v.lower(np.end() + 1).equals("dead") && !leftHurt) continue;
            String person = person(v, np);
            if (person == null && hits && lemma.equals("shoot") && Lexicon.COUNTED_NOUNS.contains(v.lower(np.end()))) {
                // "shot four people": a count of people hit
                NumberMention n = v.numbers.stream().filter(x -> x.firstToken() >= np.start() && x.lastToken() < np.end()
                        && x.qualifier() == Qualifier.EXACT).findFirst().orElse(null);
                if (n != null && n.value() >= 2) ctx.victimCounts.add(new Found(null, "shot", (int) n.value(), v.evidence(i, np.end()), v));
                continue;
            }
            // "a stray bullet struck the back of his head": someone hit where the bullet struck
            if (person == null && hits && !lemma.equals("injure") && !lemma.equals("wound") && bodyOfSomeone(v, np)) person = "the person";
            if (person == null) continue;
            String outcome = leftHurt || lemma.equals("graze") ? "injured" : kills || leaves ? "killed" : lemma.equals("shoot") || lemma.equals("strike") || lemma.equals("hit") ? "shot" : "injured";
            ctx.victimCounts.add(new Found(person, outcome, 1, v.evidence(i, leftHurt ? state : leaves ? np.end() + 1 : np.end()), v));
        }
    }

    /** The person of "another man in the home", "a woman in her 50s" (the chunk may hold the place), else {@code np}. */
    private static Phrases.Span beforePlace(SentenceView v, Phrases.Span np) {
        for (int k = np.end() - 1; k >= np.start() - 1 && k > v.first; k--) {
            if (!Regex.matches(v.lower(k), "in|at|inside")) continue;
            Phrases.Span owner = k > np.start() ? new Phrases.Span(np.start(), k - 1) : Phrases.before(v, k);
            return owner != null && person(v, owner) != null ? owner : np;
        }
        return np;
    }

    /** "Two men", "four people": a count of people (a phrase whose head is a word for people after a number). */
    private static boolean counted(SentenceView v, Phrases.Span np) {
        return people(v.lower(np.end())) && v.numbers.stream().anyMatch(n -> n.firstToken() >= np.start() && n.lastToken() < np.end());
    }

    /** An animal opens the relative clause that ends before {@code start}: "a dog that was shot after attacking ...". */
    private static boolean animalClause(SentenceView v, int start) {
        for (int k = start - 1; k > v.first && k >= start - 10; k--) {
            if (Regex.matches(v.lower(k), "[.;:]")) return false;
            if (Regex.matches(v.lower(k), "that|which|who") && Lexicon.ANIMALS.contains(v.lower(k - 1))) return true;
        }
        return false;
    }

    /** "in the leg", "in his upper back": where a bullet struck someone ("The child was hit in the leg"). */
    private static boolean inBody(SentenceView v, int k) {
        if (!v.lower(k).equals("in") || !Regex.matches(v.lower(k + 1), "the|his|her|their")) return false;
        int m = k + 2;
        while (m < k + 4 && v.at(m) != null && v.at(m).pos().startsWith("JJ")) m++;
        return BODY.contains(v.lower(m));
    }

    /** "Her brother was also hit in the shooting": hit beside the people already told of (a shooting's story). */
    private static boolean alsoHit(SentenceView v, int i) {
        return v.lower(i - 1).equals("also") && Regex.matches(v.lower(i - 2), "was|were");
    }

    /** "the back of his head", "her left leg", "the back of the victim's head": a body part of someone (a possessive in or just after the phrase). */
    private static boolean bodyOfSomeone(SentenceView v, Phrases.Span np) {
        boolean body = BODY.contains(v.lower(np.end())) || v.lower(np.end() + 1).equals("of") && Regex.matches(v.lower(np.end() + 2), "his|her")
                && BODY.contains(v.lower(np.end() + 3))
                // "the back of the victim's head"
                || v.lower(np.end() + 1).equals("of") && v.lower(np.end() + 2).equals("the") && v.at(np.end() + 4) != null
                && v.at(np.end() + 4).pos().equals("POS") && BODY.contains(v.lower(np.end() + 5));
        return body && (Regex.matches(v.lower(np.start()), "his|her") || v.lower(np.end() + 1).equals("of"));
    }

    /** "by a stray bullet", "by gunfire". */
    private static boolean byBullet(SentenceView v, int k) {
        for (int m = k; m <= k + 3 && v.at(m) != null; m++) {
            if (Regex.matches(v.lower(m), "bullets?|rounds?|gunfire|gunshots?|pellets?|shots?")) return true;
        }
        return false;
    }

    /** "a bullet struck him", "gunfire hit a car": the verb's subject is a shot. */
    private static boolean bulletBefore(SentenceView v, int i) {
        // "a bullet entered her home Sunday morning and hit her daughter": within the clause
        for (int k = i - 1; k >= i - 9 && v.at(k) != null && !Regex.matches(v.lower(k), "[,;:.]|when|after|while|who|that"); k--) {
            if (Regex.matches(v.lower(k), "bullets?|rounds?|shots?|gunfire|pellets?|shotgun")) return true;
        }
        // a gun that fired just before: "the gun went off, striking her in the back", "the rifle discharged, hitting his niece"
        for (int k = i - 1; k >= i - 3 && v.at(k) != null; k--) {
            if (Regex.matches(v.lower(k), "discharged|discharging|fired|firing") || v.lower(k).equals("off") && v.lemma(k - 1).equals("go")) return true;
            if (!Regex.matches(v.lower(k), ",|and|accidentally|then") && !v.at(k).pos().startsWith("RB")) break;
        }
        return false;
    }

    private static boolean negated(SentenceView v, int i) {
        for (int k = i - 1; k >= i - 3 && v.at(k) != null; k--) if (Regex.matches(v.lower(k), "not|n't|never|no")) return true;
        return false;
    }

    /**
     * The person of the clause before "and" at {@code and}: the last person this sentence found
     * before it ("He was airlifted ... with a gunshot wound"), else the subject opening the
     * sentence when a verb of being follows it ("The boy was taken off life support"); null otherwise.
     */
    private static String clauseSubject(SentenceView v, ArticleContext ctx, int and) {
        int at = v.at(and).begin();
        String last = null;
        for (Found f : ctx.victimCounts) if (f.view() == v && f.person() != null && f.evidence().begin() < at) last = f.person();
        if (last != null) return last;
        Phrases.Span np = Phrases.after(v, v.first);
        if (np == null || np.end() >= and) return null;
        int k = np.end() + 1;
        // "Brown, 15, was taken off life support"
        if (v.lower(k).equals(",") && v.at(k + 1) != null && v.at(k + 1).pos().equals("CD") && v.lower(k + 2).equals(",")) k += 3;
        if (!BE.contains(v.lower(k)) && !Regex.matches(v.lower(k), "had|has")) return null;
        return person(v, np);
    }

    /** "The boy remained in critical condition", "the victim is in stable condition": hurt, alive. */
    /**
     * "Andrews is recovering from a gunshot wound to the thigh": someone recovering from a wound was
     * hurt in this event, also where no event verb stands (as a stated condition is).
     */
    private static void recovering(SentenceView v, ArticleContext ctx) {
        for (int i = v.first + 1; i <= v.last(); i++) {
            if (!v.lower(i).equals("recovering") || !v.lower(i + 1).equals("from") || !injuryFollows(v, i + 1)) continue;
            int j = i - 1;
            while (v.at(j) != null && (Set.of("is", "was", "are", "were", "still", "now").contains(v.lower(j)) || v.at(j).pos().startsWith("RB"))) j--;
            if (j == i - 1) continue; // "a man recovering from ...": not said of the subject
            Phrases.Span np = Phrases.before(v, j + 1);
            if (np == null) np = age(v, j);
            // "The other teenager is recovering": someone told of before, whom the count already holds
            if (np == null || v.lower(np.start() + 1).equals("other")) continue;
            String person = person(v, np);
            if (person != null) ctx.victimCounts.add(new Found(person, "injured", 1, v.evidence(np.start(), i), v));
        }
    }

    private static void condition(SentenceView v, ArticleContext ctx) {
        for (int i = v.first + 2; i <= v.last(); i++) {
            if (!v.lower(i).equals("condition") || !v.at(i - 1).pos().startsWith("JJ")) continue;
            // "in critical but stable condition", "in serious, but stable, condition"
            int in = i - 2;
            while (in > v.first && (v.at(in).pos().startsWith("JJ") || Regex.matches(v.lower(in), "but|and|,"))) in--;
            if (!v.lower(in).equals("in")) continue;
            int j = in - 1;
            // "is still in the hospital in stable condition", "was at Grady Memorial Hospital in critical condition"
            if (Regex.matches(v.lower(j), "hospital|center|centre")) {
                int k = j;
                while (k > v.first && k > j - 6 && !Regex.matches(v.lower(k), "in|at")) k--;
                if (Regex.matches(v.lower(k), "in|at")) j = k - 1;
                // "was taken to Mount Sinai Hospital in serious condition": the person taken there
                else j = takenTo(v, j);
            }
            while (v.at(j) != null && (Set.of("is", "was", "remains", "remained", "remain", "listed", "be", "been", "still")
                    .contains(v.lower(j)) || v.at(j).pos().startsWith("RB"))) j--;
            Phrases.Span np = Phrases.before(v, j + 1);
            if (np == null) np = age(v, j); // "16-year-old in critical condition after shooting"
            if (np == null && v.lower(j).equals(",")) np = beforeInsertion(v, j);
            if (np == null) continue;
            String person = person(v, np);
            if (person != null) ctx.victimCounts.add(new Found(person, "injured", 1, v.evidence(np.start(), i), v));
        }
    }

    /** The token before "taken to" (or "transported", "rushed", "flown" ...) the hospital ending at {@code hospital}, else {@code hospital}. */
    private static int takenTo(SentenceView v, int hospital) {
        for (int k = hospital - 1; k > v.first + 1 && k > hospital - 8; k--) {
            if (!v.lower(k).equals("to")) continue;
            return Regex.matches(v.lower(k - 1), "taken|transported|rushed|flown|airlifted|brought|driven") ? k - 2 : hospital;
        }
        return hospital;
    }

    /**
     * The person before an inserted phrase that ends with the comma at {@code comma}: an age
     * ("one female, 27, is in serious condition") is skipped to the phrase before it; otherwise the
     * phrase inserted names the person ("the victim, identified as Wesley Rodriguez, remains in
     * critical condition"); null when no phrase ends there.
     */
    private static Phrases.Span beforeInsertion(SentenceView v, int comma) {
        if (v.at(comma - 1) != null && v.at(comma - 1).pos().equals("CD") && v.lower(comma - 2).equals(",")) {
            return Phrases.before(v, comma - 2);
        }
        return Phrases.before(v, comma);
    }

    /**
     * A person named by age alone, ending at {@code j}: "a 16-year-old" (split by the tokenizer,
     * "old" tagged as an adjective) or "the 17 year old"; null otherwise.
     */
    static Phrases.Span age(SentenceView v, int j) {
        if (!v.lower(j).equals("old")) return null;
        int number;
        if (v.lower(j - 1).equals("-") && Regex.matches(v.lower(j - 2), "years?") && v.lower(j - 3).equals("-")) number = j - 4;
        else if (Regex.matches(v.lower(j - 1), "years?")) number = j - 2;
        else return null;
        if (v.at(number) == null || !v.at(number).pos().equals("CD")) return null;
        return new Phrases.Span(Set.of("a", "an", "the", "another").contains(v.lower(number - 1)) ? number - 1 : number, j);
    }

    /** "the shooting death of Jaevelle Swift", "the fatal slaying of a 15-year-old". */
    private static void nominal(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            if (!DEATH_NOUNS.contains(v.lower(i)) || !v.lower(i + 1).equals("of")) continue;
            Phrases.Span np = Phrases.after(v, i + 2);
            if (np == null) continue;
            String person = person(v, np);
            if (person != null) ctx.victimCounts.add(new Found(person, "killed", 1, v.evidence(i, np.end()), v));
        }
    }

    /** killed, injured, arrested or shot (hit, outcome not said here). */
    private static String outcome(SentenceView v, int i, boolean died) {
        if (died) return "killed";
        String lemma = headlineParticiple(v, i) ? base(v.lower(i)) : v.lower(i).equals("shoots") ? "shoot" : v.lemma(i);
        if (lemma.equals("suffer") || lemma.equals("sustain")) {
            for (int k = i + 1; k <= i + 6 && v.at(k) != null; k++) if (Regex.matches(v.lower(k), "fatal|deadly|mortal")) return "killed";
            return "injured";
        }
        boolean fatally = v.lower(i - 1).equals("fatally") || v.lower(i - 1).equals("mortally");
        boolean dead = v.lower(i + 1).equals("dead") || v.lower(i + 1).equals("to") && v.lower(i + 2).equals("death")
                || Regex.matches(v.lower(i + 1), "and|,") && (v.lemma(i + 2).equals("kill") || v.lemma(i + 2).equals("die"));
        // "was shot several times and died at a hospital"
        for (int k = i + 2; k <= i + 7 && !dead && v.at(k) != null && !v.lower(k).equals(","); k++) {
            if (v.lemma(k).equals("die") && v.lower(k - 1).equals("and")) dead = true;
        }
        return switch (lemma) {
            case "kill", "murder" -> "killed";
            case "shoot", "stab", "strike", "hit" -> fatally || dead ? "killed" : lemma.equals("stab") ? "injured" : lemma.equals("shoot") ? "shot"
                    // "was struck by a stray bullet"
                    : v.lower(i + 1).equals("by") ? byBullet(v, i + 2) ? "shot" : null : inBody(v, i + 1) || alsoHit(v, i) ? "shot" : null;
            case "graze" -> "injured";
            // "Campbell boy, 7, hospitalized after accidental shooting": hit, the outcome not said here
            case "hospitalize", "airlift" -> "shot";
            // "a juvenile was found with a gunshot wound", "was taken to the hospital with non-life-threatening injuries"
            case "find", "take", "transport", "rush", "fly", "bring", "show", "arrive", "walk" -> CasualtyRule.woundsFollow(v, i + 1) < 0 ? null
                    : Regex.matches(v.sentence.text().toLowerCase(java.util.Locale.ROOT), ".*\\b(non-life|not life|minor|injur).*") ? "injured" : "shot";
            case "wound", "injure", "hurt" -> fatally ? "killed" : "injured";
            case "arrest" -> "arrested";
            default -> null;
        };
    }

    private static int outcomeEnd(SentenceView v, int i) {
        if (v.lower(i + 1).equals("dead")) return i + 1;
        if (v.lower(i + 1).equals("to") && v.lower(i + 2).equals("death")) return i + 2;
        if (v.lower(i + 1).equals("and") && v.at(i + 2) != null && v.at(i + 2).isVerb()) return i + 2;
        return i;
    }

    /** A single person: a name, or an indefinite or identifying phrase headed by a person noun ("a 23-year-old man"). */
    private static String person(SentenceView v, Phrases.Span np) {
        var name = v.entities.stream().filter(e -> e.type() == EntityType.PERSON && e.lastToken() >= np.start()
                && e.firstToken() <= np.end())
                // "Fort Campbell", "Gary Police": a place or an institution the tagger took for a person
                .filter(e -> PersonNames.plausible(e.text().replaceAll("['’]s$", "")))
                // "a 21-year-old Hampton man": a name modifying a noun is a town or a family, not the person;
                // nor is the owner of a possessive ("Milien's father")
                .filter(e -> e.lastToken() >= np.end() || !Regex.matches(v.at(e.lastToken() + 1).pos(), "NNS?|POS"))
                .reduce((a, b) -> b);
        if (name.isPresent()) return name.get().text().replaceAll("['’]s$", "");
        String head = v.lower(np.end());
        if (head.equals("old") && Regex.matches(v.lower(np.end() - 1), "-|years?")) head = "person"; // "a 16-year-old", "a 17 year old"
        // "shot a 17-year-old in the stomach": the chunk may end before "-old" (the tagger's adjective)
        if (Regex.matches(head, "years?") && (v.lower(np.end() + 1).equals("old") || v.lower(np.end() + 1).equals("-")
                && v.lower(np.end() + 2).equals("old"))) head = "person";
        if (Set.of("he", "she", "him", "her").contains(head)) return "the person"; // "he later died": someone already counted
        if (Regex.matches(head, "\\d+-year-old|\\d+")) head = "person"; // "a 15-year-old"
        if (!HUMAN.contains(head)) return null;
        // the determiner nearest the head: a chunk may run back over a dateline ("KY. (LEX 18) - A Lawrenceburg man")
        int d = np.start();
        for (int k = np.end() - 1; k > np.start(); k--) {
            // the tagger may take an article after a dateline for a name: "OCEANSIDE - An/NNP 11-year-old boy"
            if (v.at(k).pos().equals("DT") || v.at(k).pos().equals("PRP$") || v.at(k).pos().equals("POS") || Regex.matches(v.lower(k), "a|an|the")) {
                d = k;
                break;
            }
            if (!Regex.matches(v.at(k).pos(), "JJ.?|NNP?S?|CD|HYPH|VBN") && !v.lower(k).equals("-")) break;
        }
        String det = v.lower(d);
        if (det.equals("a") || det.equals("an") || det.equals("one")) return "a " + head + "@" + v.sentence.index();
        if (det.equals("another") || det.equals("second") || det.equals("third")) return "another " + head + "@" + v.sentence.index();
        // "shot his wife", "That person was wounded"
        if (Regex.matches(det, "the|his|her|their|that|this|'s|’s")) return "the " + head;
        // a headline drops the article: "Man shot while hunting", "3-year-old girl shot"
        // (a town may stand before an age: "Killeen 2-year-old in critical condition")
        if (v.sentence.index() == 0 && (np.start() == v.first || !v.at(np.start() - 1).isNoun()
                || v.lower(np.end()).equals("old") && v.at(np.start() - 1).pos().equals("NNP"))) return "a " + head + "@0";
        return null;
    }

    /**
     * Adds count claims the article does not state with a number: killed, injured and arrested
     * from the people found (one each, distinct people), and injured = shot − killed for
     * "N people were shot".
     */
    static void resolve(ArticleContext ctx) {
        var wounded = ctx.woundedGroup;
        if (wounded != null && !ctx.hasCount(Slot.INJURED)) {
            ctx.add(wounded.view(), Claim.INCIDENT, Slot.INJURED, wounded.value(), Qualifier.EXACT, wounded.evidence());
        }
        counts(ctx);
        // named victims: their fate is the article's when it reports only deaths or only injuries
        boolean killed = ctx.hasClaim(Slot.KILLED) && ctx.claims.stream().anyMatch(c -> c.slot() == Slot.KILLED && !c.value().equals("0"));
        boolean injured = ctx.hasClaim(Slot.INJURED) && ctx.claims.stream().anyMatch(c -> c.slot() == Slot.INJURED && !c.value().equals("0"));
        for (Found f : ctx.identifiedVictims) {
            ctx.add(f.view(), Claim.INCIDENT, Slot.VICTIM, f.person(), Qualifier.EXACT, f.evidence());
            if (killed != injured) ctx.add(f.view(), f.person(), Slot.FATE, killed ? "killed" : "injured", Qualifier.EXACT, f.evidence());
        }
    }

    private static void counts(ArticleContext ctx) {
        List<Found> found = sameNames(ctx.victimCounts);
        if (found.isEmpty()) return;
        Set<String> killed = people(found, "killed");
        for (String[] s : new String[][] {{"killed", "KILLED"}, {"arrested", "ARRESTED"}}) {
            Slot slot = Slot.valueOf(s[1]);
            if (ctx.hasClaim(slot)) continue;
            Set<String> people = people(found, s[0]);
            if (people.isEmpty()) continue;
            Found first = found.stream().filter(f -> f.outcome().equals(s[0])).findFirst().orElseThrow();
            ctx.add(first.view(), Claim.INCIDENT, slot, Integer.toString(count(people)), Qualifier.EXACT, first.evidence());
        }
        if (ctx.hasCount(Slot.INJURED)) return;
        // the dead as the article counts them ("3 dead in quadruple shooting"), else as found
        int killedCount = ctx.claims.stream().filter(c -> c.slot() == Slot.KILLED)
                .mapToInt(c -> parse(c.value())).max().orElse(killed.isEmpty() ? 0 : count(killed));
        // "N people were shot": those not killed were injured
        Found group = found.stream().filter(f -> f.outcome().equals("shot") && f.person() == null).findFirst()
                .or(() -> found.stream().filter(f -> f.outcome().equals(ALL_SHOT)).findFirst()).orElse(null);
        if (group != null) {
            // "Three others were also shot": people besides the dead, none of whom died
            int injured = group.count() - (besideOthers(group) ? 0 : killedCount);
            if (injured > floor(ctx)) ctx.add(group.view(), Claim.INCIDENT, Slot.INJURED, Integer.toString(injured), Qualifier.EXACT, group.evidence());
            return;
        }
        Set<String> hurt = new LinkedHashSet<>(people(found, "injured"));
        // a person shot and not said to have died was hurt; with one victim, "shot" then "died" is one killing
        Set<String> shot = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.outcome().equals("shot") && f.person() != null && !killed.contains(f.person()) && !hurt.contains(f.person())) shot.add(f.person());
        }
        Set<String> officers = officersBesideDeadShooter(hurt, shot, killed);
        int stated = ctx.claims.stream().filter(c -> c.slot() == Slot.KILLED).mapToInt(c -> parse(c.value())).max().orElse(0);
        boolean killedNamed = killed.stream().anyMatch(p -> !p.startsWith("a ") && !p.startsWith("the ") && !p.startsWith("another "));
        // "a student was shot and killed ... his father shot Roberts": the named person shot is the one killed
        boolean shooterDied = shooterDied(found, killed);
        if (shooterDied) {
            // the dead is the shooter: whoever else was hit lived ("a trooper was shot ... The suspect ... he later died")
            shot.removeIf(VictimCountRule::perpetrator);
        } else if (!killedNamed && Math.max(stated, killedCount) > 0 && count(shot) <= Math.max(stated, killedCount)) shot.clear();
        // "Knowles died ... the teen was shot once": an unnamed person shot beside a named death is the dead
        if (killedNamed && Math.max(stated, killedCount) > 0) shot.removeIf(p -> p.startsWith("a ") || p.startsWith("the "));
        hurt.addAll(shot);
        if (shooterDied) {
            hurt.removeIf(VictimCountRule::perpetrator);
        } else if (!killed.isEmpty() && hurt.stream().allMatch(p -> p.startsWith("a ") || p.startsWith("the "))) {
            // "a man was shot ... John Smith died": most likely the same person; but not one the same sentence
            // sets beside the dead ("A man was killed and a woman was injured", "Man killed, woman hurt")
            hurt.retainAll(besideTheDead(found, ctx));
        } else if (!killed.isEmpty() && killed.stream().allMatch(p -> p.startsWith("a ") || p.startsWith("the "))
                && count(hurt) <= count(killed)) {
            // "Teen dies after shooting ... officers found Ramirez suffering from a gunshot wound": the dead, named later
            hurt.retainAll(besideTheDead(found, ctx));
        }
        hurt.addAll(officers);
        // "His son was also shot in the head", "Her boyfriend was also shot in the leg": someone besides the dead
        for (Found f : found) {
            if (f.person() != null && Regex.matches(f.outcome(), "shot|injured") && ALSO.matcher(f.evidence().span()).find()) hurt.add(f.person());
        }
        hurt.removeAll(killed);
        if (hurt.isEmpty()) return;
        Found first = found.stream().filter(f -> hurt.contains(f.person())).findFirst().orElseThrow();
        int injured = Math.max(count(hurt), apart(found, hurt));
        if (injured > floor(ctx)) ctx.add(first.view(), Claim.INCIDENT, Slot.INJURED, Integer.toString(injured), Qualifier.EXACT, first.evidence());
    }

    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile("(?i)^\\S+ (?:\\S+ )?(?:others?|more)\\b");

    /** A count of people besides those already told of: "three others", "two other men", "four more people". */
    private static boolean besideOthers(Found group) {
        return OTHERS.matcher(group.evidence().span()).find();
    }

    private static final java.util.regex.Pattern ALSO = java.util.regex.Pattern.compile("\\b(?:was|were) also (?:shot|wounded|injured|hit|struck)\\b");

    /** The largest "at least" count of the injured the article gives ("at least three others were wounded"), else 0. */
    private static int floor(ArticleContext ctx) {
        return ctx.claims.stream().filter(c -> c.slot() == Slot.INJURED && c.qualifier() != Qualifier.EXACT && c.qualifier() != Qualifier.SEVERAL)
                .mapToInt(c -> parse(c.value())).max().orElse(0);
    }

    private static final Set<String> ANYONE = Set.of("victim", "person", "individual");

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\b(\\d{1,3})[- ]years?[- ]old\\b");

    /**
     * Unnamed people hurt told apart by their ages ("a 1-year-old baby was shot in the leg" ... "a 25-year-old
     * man had been shot"): one per age that none of the dead has; 0 when someone hurt is named (the ages may be theirs).
     */
    private static int byAge(List<Found> found, Set<String> hurt, Set<String> killed) {
        if (hurt.stream().anyMatch(VictimCountRule::named)) return 0;
        Set<String> dead = new java.util.HashSet<>(), ages = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.person() == null) continue;
            var m = AGE.matcher(f.evidence().span());
            if (!m.find()) continue;
            if (killed.contains(f.person()) || f.outcome().equals("killed")) dead.add(m.group(1));
            else if (hurt.contains(f.person())) ages.add(m.group(1));
        }
        ages.removeAll(dead);
        return ages.size();
    }

    /**
     * Unnamed people hurt whom one sentence tells apart by different words: "the uncle was shot in
     * the hand, while the child was shot in the chest", "a man was shot in the back, while a boy
     * suffered a wound to the foot" (elsewhere "a man" and "the victim" may be one person).
     */
    private static int apart(List<Found> found, Set<String> hurt) {
        java.util.Map<SentenceView, java.util.Map<String, Evidence>> heads = new java.util.IdentityHashMap<>();
        for (Found f : found) {
            String p = f.person();
            if (p == null || !hurt.contains(p) || !(p.startsWith("a ") || p.startsWith("the "))) continue;
            String head = p.substring(p.indexOf(' ') + 1).replaceAll("@.*$", "");
            if (ANYONE.contains(head)) continue;
            var told = heads.computeIfAbsent(f.view(), k -> new java.util.LinkedHashMap<>());
            // "Boy shot sister": one verb read both ways is no two people hurt
            if (!told.containsKey(head) && told.values().stream().noneMatch(e -> overlap(e, f.evidence()))) told.put(head, f.evidence());
        }
        return heads.values().stream().mapToInt(java.util.Map::size).max().orElse(0);
    }

    /**
     * The only dead is a pronoun in a sentence whose subject is the shooter: "The suspect was taken
     * to the hospital, where he later died".
     */
    private static boolean shooterDied(List<Found> found, Set<String> killed) {
        if (!killed.equals(Set.of("the person"))) return false;
        Found dead = found.stream().filter(f -> f.outcome().equals("killed") && "the person".equals(f.person())).findFirst().orElseThrow();
        SentenceView v = dead.view();
        Phrases.Span subject = Phrases.after(v, v.first);
        return subject != null && Lexicon.PERPETRATOR.contains(v.lower(subject.end()))
                && v.at(subject.end()).begin() < dead.evidence().begin();
    }

    private static final Set<String> POLICE = Set.of("officer", "deputy", "trooper", "agent", "policeman", "policewoman", "detective", "sergeant", "constable", "marshal");

    /**
     * Police hit where the only dead are the shooter ("Officer shot, suspect killed", "the suspect ... he
     * died"): the officers lived (an officer is rarely the suspect police shot).
     */
    private static Set<String> officersBesideDeadShooter(Set<String> hurt, Set<String> shot, Set<String> killed) {
        if (killed.isEmpty() || !killed.stream().allMatch(p -> perpetrator(p) || p.equals("the person"))
                || killed.stream().noneMatch(VictimCountRule::perpetrator)) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String p : hurt) if (POLICE.contains(head(p))) out.add(p);
        for (String p : shot) if (POLICE.contains(head(p))) out.add(p);
        return out;
    }

    private static String head(String p) {
        String h = p.replaceAll("@.*$", "");
        return h.substring(h.lastIndexOf(' ') + 1);
    }

    /** "the suspect", "a gunman@2": someone found by a word for the perpetrator. */
    private static boolean perpetrator(String p) {
        String head = p.replaceAll("@.*$", "");
        return Lexicon.PERPETRATOR.contains(head.substring(head.lastIndexOf(' ') + 1));
    }

    /**
     * One person named in parts: "Ronnie Daniels had been shot ... Daniels died", "Dnomyar was
     * shot ... Dnomyar Russell": a name whose words are all in exactly one longer name found, or in
     * the longest of longer names that hold one another, is that person.
     */
    static List<Found> sameNames(List<Found> found) {
        Set<String> names = new LinkedHashSet<>();
        for (Found f : found) if (named(f.person())) names.add(f.person());
        java.util.Map<String, String> full = new java.util.HashMap<>();
        for (String n : names) {
            Set<String> words = words(n);
            List<String> longer = names.stream().filter(m -> !m.equals(n) && words(m).size() > words.size()
                    && words(m).containsAll(words)).toList();
            // "Neeley" in "Antonio Neeley" and "Courtesy Antonio Neeley" (a caption's credit run into the name): one person
            String longest = longer.stream().max(java.util.Comparator.comparingInt(m -> words(m).size())).orElse(null);
            if (longest != null && longer.stream().allMatch(m -> words(longest).containsAll(words(m)))) full.put(n, longest);
        }
        if (full.isEmpty()) return found;
        List<Found> out = new java.util.ArrayList<>();
        for (Found f : found) {
            String p = f.person() == null ? null : full.getOrDefault(f.person(), f.person());
            out.add(p == null || p.equals(f.person()) ? f : new Found(p, f.outcome(), f.count(), f.evidence(), f.view()));
        }
        return out;
    }

    private static boolean named(String p) {
        return p != null && !p.startsWith("a ") && !p.startsWith("the ") && !p.startsWith("another ") && !p.startsWith("one of them");
    }

    private static Set<String> words(String name) {
        return new java.util.HashSet<>(java.util.Arrays.asList(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L} ]", " ").trim().split("\\s+")));
    }

    /**
     * People hurt or shot whom a sentence names beside someone else it says was killed: "A man
     * was killed and a woman was injured", "15-year-old killed, 13-year-old injured".
     */
    private static Set<String> besideTheDead(List<Found> found, ArticleContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.person() == null || !f.outcome().equals("injured")) continue;
            // "Biewener's 2-year-old son suffered a gunshot wound": the relative of someone killed is someone else
            var owner = OWNER.matcher(f.evidence().span());
            if (owner.find() && found.stream().anyMatch(k -> k.outcome().equals("killed") && named(k.person())
                    && words(k.person()).contains(owner.group(1).toLowerCase(java.util.Locale.ROOT)))) out.add(f.person());
            // "One man is dead and a child is injured": the dead as a count of the same sentence
            // (a count stated as such, not one this rule made of the people found)
            if (ctx.claims.stream().anyMatch(c -> c.slot() == Slot.KILLED && c.subject().equals(Claim.INCIDENT) && !c.value().equals("0")
                    && c.evidence().sentenceIndex() == f.evidence().sentenceIndex() && !overlap(c.evidence(), f.evidence())
                    && found.stream().noneMatch(k -> k.evidence().equals(c.evidence())))) out.add(f.person());
            for (Found k : found) {
                // not "he" ("Dawson sustained a gunshot wound ... where he later died"), nor "the victim" after the person hurt
                // ("found a male suffering from a gunshot wound ... the victim was pronounced deceased")
                if (k.outcome().equals("killed") && k.person() != null && !k.person().equals(f.person()) && !k.person().equals("the person")
                        && !(k.person().startsWith("the ") && ANYONE.contains(k.person().substring(4)) && k.evidence().begin() > f.evidence().begin())
                        && k.view() == f.view() && !overlap(k.evidence(), f.evidence())) out.add(f.person());
            }
        }
        return out;
    }

    /** A name that owns the phrase it opens: "Biewener's son". */
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("^(\\p{Lu}\\p{L}+)['’]s\\b");

    private static boolean overlap(Evidence a, Evidence b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static Set<String> people(List<Found> found, String outcome) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : found) if (f.outcome().equals(outcome) && f.person() != null) out.add(f.person());
        return out;
    }

    /** Distinct people: names count one each; unnamed mentions ("a man", "the victim") count one together unless nobody is named. */
    private static int count(Set<String> people) {
        // "one of them" (of a count of people hit) is unnamed: "One of 5 shot ... dies" / "Smith died" is one death
        long named = people.stream().filter(p -> !p.startsWith("a ") && !p.startsWith("the ") && !p.startsWith("another ")
                && !p.startsWith("one of them")).count();
        long others = people.stream().filter(p -> p.startsWith("another ") && !p.endsWith(LISTED)).count(); // "another teen was also shot"
        // "Woman, boy wounded" / "A woman and a 4-year-old boy were shot": the longest list of unnamed people, once
        others += people.stream().filter(p -> p.startsWith("another ") && p.endsWith(LISTED))
                .collect(java.util.stream.Collectors.groupingBy(p -> p.substring(Math.max(0, p.lastIndexOf('@'))), java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        boolean unnamed = people.stream().anyMatch(p -> p.startsWith("a ") || p.startsWith("the ") || p.startsWith("one of them"));
        // "another" is one more than the people described otherwise, if any
        return (int) Math.max(1, (named > 0 ? named : unnamed ? 1 : 0) + others);
    }

    private static int parse(String v) {
        try {
            return (int) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
