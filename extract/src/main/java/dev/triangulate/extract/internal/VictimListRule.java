package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named victims given as a list, the way reports name several people at once:
 * <ul>
 *   <li>after a cue: "identified the two men killed as A, 22, and B, 24", "The victims were: A, 11;
 *       B, 9", "Also killed were A and B", "in the deaths of A, B and C", "finding shooting victims A, B";</li>
 *   <li>before what happened to them: "A, 57, and B, 23, suffered multiple gunshot wounds",
 *       "A and B were also shot but survived", "A, 20, was treated for gunshot wounds".</li>
 * </ul>
 * The list runs over names, ages ("22", "21-year-old"), "of PLACE", commas, semicolons and "and";
 * it ends at anything else. The fate is the cue's (killed, injured); when the cue does not say
 * ("the victims were identified as"), the article decides as for {@link VictimCountRule}'s
 * identified victims. After the article is read, {@link #dropPerpetrators} takes the gunman and
 * suspects off the victim list.
 */
final class VictimListRule implements ClaimRule {

    private static final Pattern KILLED_WORDS = Pattern.compile("\\b(killed|dead|deceased|died|deaths?|murders?|killings?|slain|fatally)\\b");
    private static final Pattern INJURED_WORDS = Pattern.compile(
            "\\b(injured|wounded|hurt|survived|treated|hospitali[sz]ed|condition|wounds?|injuries)\\b");
    static final Pattern SUSPECT_WORDS = Pattern.compile("\\b(suspects?|gunman|gunmen|shooter|arrested|charged|accused|wanted)\\b");
    /** Words of a list of defendants rather than victims: "A, 23; B, 20; and C, 21, each face two counts of murder". */
    /** Words that put the person identified into custody ("the man – identified as A – was placed into custody"). */
    private static final Pattern CUSTODY_WORDS = Pattern.compile("\\b(booking|surrendered|(taken|placed) into custody|turned (himself|herself|themselves) in)\\b");
    private static final Pattern DEFENDANT_WORDS = Pattern.compile("\\b(charges|counts|booked|defendants?|indicted|faces?|facing|custody|arrests)\\b");

    private static final Pattern PEOPLE_WORDS = Pattern.compile(
            "\\b(victims?|deceased|dead|killed|injured|wounded|men|women|man|woman|people|teens?|teenagers?|boys?|girls?|persons?|child|children|him|her|driver|fatality|body|bodies|pair|couple)\\b");

    /** Verbs whose objects are victims: "shot and killed A and B". */
    private static final java.util.Map<String, String> VICTIM_VERBS = java.util.Map.of("kill", "killed", "murder", "killed",
            "shoot", "shot", "wound", "injured", "injure", "injured");

    /** The token after "were"/"was" when a name follows within a short phrase after the cue at i, else -1. */
    private static int copulaBeforeName(SentenceView v, int i) {
        for (int k = i + 1; k <= i + 9 && v.at(k + 1) != null; k++) {
            if (v.at(k).isVerb() && !Regex.matches(v.lower(k), "were|was|are|is")) return -1; // another clause
            // "the boy injured in the shooting is 2-year-old A": an age may come before the name
            int n = skipAge(v, k + 1);
            // "the woman who was shot is her sister, 26-year-old A": a relation in apposition
            if (Regex.matches(v.lower(k + 1), "his|her|their") && VictimCountRule.HUMAN.contains(v.lower(k + 2)) && !Lexicon.PERPETRATOR.contains(v.lower(k + 2)))
                n = skipAge(v, v.lower(k + 3).equals(",") ? k + 4 : k + 3);
            if (Regex.matches(v.lower(k), "were|was|are|is") && v.entityStartingAt(n, EntityType.PERSON).isPresent()) return n;
        }
        return -1;
    }

    /** "as a third victim", "as the man who was pronounced dead", "as the woman killed": what the person was identified as. */
    private static boolean identifiedAsVictim(String as) {
        return as.matches("as (a|an|the) (\\w+ )?victim.*")
                || as.matches("as (a|an|the) (\\w+ )?(man|woman|boy|girl|teen|teenager|child|person|driver|passenger) "
                        + "(who (was|had been|has been) )?(fatally |critically |also )?(shot|killed|slain|wounded|injured|pronounced dead|found dead)\\b.*");
    }

    /** The token after an age that opens a name ("a 20-year-old", "15-year-old"), else k. */
    private static int skipAge(SentenceView v, int k) {
        int n = AgeWords.skip(v, k, "a|an");
        return v.entityStartingAt(n, EntityType.PERSON).isPresent() ? n : k;
    }

    /** After an optional age, a relation or person noun and its comma ("47-year-old father,") or name: the token after them, else -1. */
    private static int relationAfter(SentenceView v, int r) {
        r = AgeWords.skip(v, r, null);
        // "a 17-year-old family friend, B": a noun before the relation
        if (v.at(r) != null && v.at(r).pos().equals("NN") && VictimCountRule.HUMAN.contains(v.lower(r + 1))) r++;
        if (!relation(v, r)) return -1;
        // "Williams' son and daughter — Brodie W., 4, and Marley W., 2": two relations before a dash
        if (v.lower(r + 1).equals("and") && relation(v, r + 2) && Regex.matches(v.lower(r + 3), "—|–|--|:")) return r + 4;
        // "Pastor Vernon G.'s 20-year-old daughter Verneisha G.": the name may follow without a comma
        return v.lower(r + 1).equals(",") ? r + 2 : v.entityStartingAt(r + 1, EntityType.PERSON).isPresent() ? r + 1 : -1;
    }

    private static boolean relation(SentenceView v, int r) {
        return VictimCountRule.HUMAN.contains(v.lower(r)) && !Lexicon.PERPETRATOR.contains(v.lower(r)) || PEOPLE_PLURALS.contains(v.lower(r));
    }

    /**
     * The token after a possessor's name at i ("Amiracle's", "Andrews'", "Smith’s"), whatever the tagger made of the
     * name (a person, an organisation, nothing), else -1.
     */
    private static int possessorEnd(SentenceView v, int i) {
        var name = v.entityStartingAt(i, EntityType.PERSON);
        int k = name.isPresent() ? name.get().lastToken() + 1 : i;
        while (name.isEmpty() && v.at(k) != null && v.at(k).pos().startsWith("NNP") && k < i + 3) k++;
        return k > i && Regex.matches(v.lower(k), "'s|’s|'|’") ? k + 1 : -1;
    }

    /** The token after a colon that closes a short phrase after i, else -1. */
    private static int colonAfter(SentenceView v, int i) {
        for (int k = i + 1; k <= i + 12 && v.at(k) != null; k++) {
            if (v.lower(k).equals(":")) return k + 1;
            if (v.lower(k).equals(";")) return -1;
        }
        return -1;
    }

    /** "Richmond resident Chrisean N.": past a home town and a person noun to the name, else i. */
    private static int describedName(SentenceView v, int i) {
        int k = i;
        while (v.at(k) != null && v.at(k).pos().startsWith("NNP") && v.entityStartingAt(k, EntityType.PERSON).isEmpty() && k < i + 3) k++;
        boolean described = VictimCountRule.HUMAN.contains(v.lower(k)) && !Lexicon.PERPETRATOR.contains(v.lower(k));
        return described && v.entityStartingAt(k + 1, EntityType.PERSON).isPresent() ? k + 1 : i;
    }

    /** After a short place phrase ("inside an apartment", "at the residence,") before "with" or "suffering": that word, else k. */
    private static int afterPlace(SentenceView v, int k) {
        if (!Regex.matches(v.lower(k), "inside|in|at|on|near|outside|behind|under")) return k;
        for (int c = k + 1; c <= k + 8 && v.at(c) != null; c++) {
            if (v.at(c).isVerb() && !v.lower(c).equals("suffering")) return k;
            if (Regex.matches(v.lower(c), "with|suffering")) return c;
        }
        return k;
    }

    private static int afterTitles(SentenceView v, int i) {
        while (TITLES.contains(v.lower(i))) i++;
        return i;
    }

    /** Ranks and titles before a name in a list. */
    static final Set<String> TITLES = Set.of("officer", "deputy", "bailiff", "sgt.", "sgt", "sergeant", "trooper", "agent",
            "detective", "det.", "lt.", "lieutenant", "cpl.", "corporal", "capt.", "captain", "chief", "rev.", "dr.", "mr.", "mrs.", "ms.",
            "firefighter", "constable", "marshal", "pastor", "reverend");

    /** Plural people nouns a relation may take ("their children, A and B"); the singular ones are {@link VictimCountRule#HUMAN}. */
    private static final Set<String> PEOPLE_PLURALS = Set.of("children", "sons", "daughters", "parents", "brothers", "sisters", "friends");

    /** Plural person nouns after a count: "the two boys are A and B". */
    private static final Set<String> PEOPLE_PLURALS_OR_PERSONS = Set.of("boys", "girls", "men", "women", "children", "teens", "teenagers",
            "brothers", "sisters", "sons", "daughters", "victims", "others");

    /** Nouns that, after "of", name the dead: "the deaths of A and B". */
    private static final Set<String> DEATH_NOUNS = Set.of("deaths", "death", "murders", "murder", "killings", "killing", "slayings", "slaying");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        String lower = v.sentence.text().toLowerCase(java.util.Locale.ROOT);
        for (int i = v.first; i <= v.last(); i++) {
            String w = v.lower(i);
            String fate = null;
            int start = -1;
            if (v.lemma(i).equals("identify") && v.at(i).isVerb() && v.entityStartingAt(i + 1, EntityType.PERSON).isPresent()
                    && v.lower(listEnd(v, i + 1)).equals("as") && identifiedAsVictim(v.text(listEnd(v, i + 1), Math.min(v.last(), listEnd(v, i + 1) + 9))
                            .toLowerCase(java.util.Locale.ROOT))) {
                start = i + 1; // "identified Louis L., 44, as a third victim", "identified Ismael M., 31, as the man who was pronounced dead"
                String as = v.text(listEnd(v, i + 1), Math.min(v.last(), listEnd(v, i + 1) + 9)).toLowerCase(java.util.Locale.ROOT);
                fate = as.matches("as (a|an|the) (\\w+ )?victim.*") ? "identified" : fateIn(as) == null ? "shot" : fateIn(as);
            } else if (v.lemma(i).equals("identify") && v.at(i).isVerb() && !SUSPECT_WORDS.matcher(lower).find() && !CUSTODY_WORDS.matcher(lower).find()
                    // "A frantic woman who identified herself as Ebony J., the home's owner": someone who came to tell
                    && !Regex.matches(v.lower(i + 1), "himself|herself|themselves")
                    && (PEOPLE_WORDS.matcher(lower).find() || Regex.matches(v.lower(v.first), "he|she|they") || Regex.matches(v.lower(i + 1), "him|her|them"))) {
                // "The coroner has identified them as A, B and C": the people the article was telling of
                // "He has been identified as 30-year-old A": the person the article was telling of
                // "identified the 15-year-old killed in a Wednesday shooting as A"
                // up to sixteen words: "14-year-old" is one word, though five tokens
                for (int k = i + 1, words = 0; words <= 16 && v.at(k) != null; k++) {
                    if (v.lower(k).equals("as")) { start = k + 1; break; }
                    if (!v.at(k).pos().equals("HYPH") && !v.at(k - 1).pos().equals("HYPH")) words++;
                }
                // "The deceased victim has been identified as ...", "identified the two men killed as ..."
                fate = start < 0 ? null : fateIn(v.text(v.first, start - 1).toLowerCase(java.util.Locale.ROOT));
                // "her 19-year-old boyfriend, identified in court documents as A, at his home", "the homeowner -- who KDKA-TV
                // identified as B -- saw three men": someone beside the victim, unless the rest of the sentence tells of harm
                if (fate == null && start > 0 && BESIDE_VICTIM.contains(headBefore(v, i))
                        && fateIn(v.text(start, v.last()).toLowerCase(java.util.Locale.ROOT)) == null) start = -1;
                if (fate == null) fate = "identified";
            } else if (Regex.matches(w, "identities|names") && Regex.matches(v.lower(i + 1), "of|:") && colonAfter(v, i) > 0 && !SUSPECT_WORDS.matcher(lower).find()) {
                start = colonAfter(v, i); // "released the identities of the men killed in the shooting: A and B"
                String named = v.text(i, start - 1).toLowerCase(java.util.Locale.ROOT);
                fate = fateIn(v.text(v.first, start - 1).toLowerCase(java.util.Locale.ROOT));
                // "the names of the two men he credits with saving his life: A and B": rescuers, not victims
                if (fate == null && !Regex.matches(named, ".*\\b(victims?|deceased|dead|hospitali?[sz]?e?d?|wounded|injured|shot)\\b.*")) start = -1;
                if (fate == null) fate = "identified";
            } else if (w.equals("name") && Regex.matches(v.lower(i + 1), "is|was") && Regex.matches(v.lower(i - 1), "'s|’s|his|her")
                    && !SUSPECT_WORDS.matcher(lower).find()) {
                start = i + 2; // "The victim's parents tell us his name was Gregory H.", "the boy's name is Jordan G."
                fate = "identified";
            } else if (DEATH_NOUNS.contains(w) && v.lower(i + 1).equals("of")) {
                start = i + 2;
                fate = "killed";
            } else if ((v.lemma(i).equals("pronounce") && v.at(i).isVerb() || v.lower(i).equals("pronounced")) // "pronounced/JJ"
                    && v.entityStartingAt(skipAge(v, i + 1), EntityType.PERSON).isPresent()
                    && v.lower(listEnd(v, i + 1)).equals("dead")) {
                start = i + 1; // "Officers pronounced Ariana M. dead at the scene", "pronounced 35-year-old Shaheer P. dead"
                fate = "killed";
            } else if (w.equals("among") && Regex.matches(v.lower(i + 1), "those|the") && v.at(i + 2) != null
                    && Regex.matches(v.lower(i + 2), "shot|killed|wounded|injured|hurt|dead|victims") && Regex.matches(v.lower(i + 3), "was|were|is|are")) {
                start = i + 4; // "Among those shot was Chris R."
                fate = Regex.matches(v.lower(i + 2), "killed|dead") ? "killed" : v.lower(i + 2).equals("shot") ? "shot"
                        : v.lower(i + 2).equals("victims") ? "identified" : "injured";
            } else if (Regex.matches(w, "shootings?") && v.lower(i + 1).equals("of") && !SUSPECT_WORDS.matcher(v.text(i, v.last()).toLowerCase(java.util.Locale.ROOT)).find()) {
                start = i + 2; // "attempted murder in the shooting of Daryl Rehm"
                fate = "shot";
            } else if (i == v.first && w.equals("they") && Regex.matches(v.lower(i + 1), "are|were") && !SUSPECT_WORDS.matcher(lower).find()) {
                // "They are A, 58; B, 53; and C, 17." after the victims were mentioned: at least two names
                if (list(v, i + 2).size() >= 2) {
                    start = i + 2;
                    fate = "identified";
                }
            } else if (i == v.first && w.equals("the") && Regex.matches(v.lower(i + 1), "other|remaining") && v.at(i + 2) != null
                    && Regex.matches(v.at(i + 2).pos(), "CD|NNS") && Regex.matches(v.lower(i + 3), "are|were") && !SUSPECT_WORDS.matcher(lower).find()) {
                // "The other three are 40-year-old A, 38-year-old B and 44-year-old C": the rest of those the article counted
                if (list(v, i + 4).size() >= 2) {
                    start = i + 4;
                    fate = "identified";
                }
            } else if (w.equals("the") && v.at(i + 1) != null && v.at(i + 1).pos().equals("CD") && PEOPLE_PLURALS_OR_PERSONS.contains(v.lower(i + 2))
                    && Regex.matches(v.lower(i + 3), "are|were") && fateIn(lower) != null && !SUSPECT_WORDS.matcher(lower).find() && list(v, i + 4).size() >= 2) {
                // "the slain mother is Latina H., 35, and the two boys are Brendan and Branden C.": those counted, named
                start = i + 4;
                fate = fateIn(lower);
            } else if ((Regex.matches(w, "victims?") || w.equals("dead") || w.equals("killed") || w.equals("injured") || w.equals("wounded") || w.equals("survivors"))
                    && v.at(i + 1) != null && Regex.matches(v.lower(i + 1), "were|are|was|is|included|include|including|:|—|–|,")) {
                start = Regex.matches(v.lower(i + 1), "were|are") && v.lower(i + 2).equals(":") ? i + 3 : i + 2;
                // "The gunshot victims were all Brooklyn males: A and B, ...": a short description, then the names
                if (list(v, start).isEmpty() && colonAfter(v, i) > 0) start = colonAfter(v, i);
                fate = w.startsWith("victim") ? "identified" : w.equals("dead") || w.equals("killed") ? "killed" : "injured";
                if (w.startsWith("victim") && SUSPECT_WORDS.matcher(lower).find()) start = -1;
            } else if (Regex.matches(w, "victims") && Regex.matches(v.lower(i + 1), "suffering|with") && !SUSPECT_WORDS.matcher(lower).find()
                    && commaBeforeList(v, i + 1) > 0) {
                // "Officers located 2 victims suffering from non-life threatening injuries, a 19-year-old A and an 18-year-old B"
                start = commaBeforeList(v, i + 1);
                fate = fateIn(v.text(i, start - 1).toLowerCase(java.util.Locale.ROOT));
                if (fate == null) fate = "injured";
            } else if ((Regex.matches(w, "victims?|killed|injured|wounded|dead") || Regex.matches(w, "murdered|slain|shot") && v.at(i).pos().equals("VBN"))
                    && !SUSPECT_WORDS.matcher(lower).find() && (start = copulaBeforeName(v, i)) >= 0) {
                // "The two employees killed in the course of the incident were A and B.", "the girl murdered ... was 15-year-old A"
                fate = w.startsWith("victim") ? "identified" : Regex.matches(w, "dead|killed|murdered|slain") ? "killed" : w.equals("shot") ? "shot" : "injured";
            } else if (Regex.matches(w, "victims?") && v.at(i).isNoun() && v.entityStartingAt(i + 1, EntityType.PERSON).isPresent() && !SUSPECT_WORDS.matcher(lower).find()) {
                start = i + 1; // "finding shooting victims A, 17, B, 34", "the mother of victim Latoya K.", "shooting victim Destiny J. is removed"
                fate = "identified";
            }
            else if ((v.lemma(i).equals("find") || v.lemma(i).equals("discover") || v.lemma(i).equals("locate")) && v.at(i).isVerb()) {
                // "found Duane Helms with a gunshot wound", "found 15-year-old X with gunshot wounds to his head"
                int from = describedName(v, i + 1);
                int end = listEnd(v, from);
                // "found A, 18, inside an apartment with a gunshot wound": past where they were found
                String rest = v.text(Math.min(afterPlace(v, end), v.last()), Math.min(v.last(), afterPlace(v, end) + 6)).toLowerCase(java.util.Locale.ROOT);
                if (end > from && Regex.matches(rest, "^(with|suffering|dead|unresponsive|shot|bleeding)\\b.*")) {
                    start = from;
                    fate = Regex.matches(rest, "^(dead|unresponsive)\\b.*") ? "killed" : "injured";
                }
            } else if (w.equals("including") && PEOPLE_WORDS.matcher(lower).find() && !SUSPECT_WORDS.matcher(lower).find() && !bystandersBefore(v, i)) {
                start = i + 1;
                fate = fateIn(lower);
                if (fate == null) fate = "identified";
            }
            if (start < 0 && v.lemma(i).equals("leave") && v.at(i).isVerb()) {
                // "leaving A, 29, dead and two women wounded", "left B critically injured"
                List<EntityMention> objects = list(v, i + 1);
                int end = listEnd(v, i + 1);
                while (v.at(end) != null && v.at(end).pos().startsWith("RB")) end++;
                String left = v.lower(end).equals("dead") ? "killed" : Regex.matches(v.lower(end), "wounded|injured|hurt|paralyzed") ? "injured" : null;
                if (left != null && !objects.isEmpty()) record(v, ctx, objects, left, i);
                continue;
            }
            if (start < 0 && v.at(i).isVerb() && Regex.matches(v.lemma(i), "strike|hit") && Regex.matches(v.lower(i - 1), "gunfire|bullets?|rounds?|shots?|pellets")) {
                // "Gunfire struck Milner and three others — A, 21; B, 22; and C, 23": the people a shot hit
                List<EntityMention> objects = list(v, i + 1);
                if (objects.size() >= 2) record(v, ctx, objects, "shot", i);
                continue;
            }
            // "suspected of shooting/NN to death his daughters A, 8, and B, 5": the tagger's noun before "to death"
            boolean toDeath = w.equals("shooting") && v.lower(i + 1).equals("to") && v.lower(i + 2).equals("death");
            if (start < 0 && (v.at(i).isVerb() || toDeath) && !v.at(i).pos().equals("VBN") && (VICTIM_VERBS.containsKey(v.lemma(i)) || toDeath)) {
                // "killing A, 18, and B, 20", "killed 41-year-old A and 3-year-old B": the objects of one act
                int o = i + 1;
                // "wounding three other people, A, 28; B, 20; and C, 30"
                if (v.at(o) != null && v.at(o).pos().equals("CD")) {
                    int k = v.lower(o + 1).equals("other") ? o + 2 : o + 1;
                    if (Regex.matches(v.lower(k), "people|others|men|women|victims|persons|children") && Regex.matches(v.lower(k + 1), ",|:")) o = k + 2;
                }
                // "shot and wounded two other children, who are in critical condition: A and B"
                if (v.lower(o).equals("who") && v.lower(o - 1).equals(",") && colonAfter(v, o) > 0) o = colonAfter(v, o);
                if (v.lower(o).equals("to") && v.lower(o + 1).equals("death")) o += 2; // "shot to death A and her daughter, B"
                List<EntityMention> objects = list(v, o);
                // "fatally shooting his ex-wife, 33-year-old A": one name in apposition to a relative is the one shot as well
                String act = toDeath || Regex.matches(v.lower(i - 1), "fatally|mortally") ? "killed" : VICTIM_VERBS.get(v.lemma(i)); // "fatally shooting"
                if (objects.size() >= 2 || objects.size() == 1 && Regex.matches(v.lower(o), "his|her|their") && !opensOwnClause(v, o)) record(v, ctx, objects, act, i);
                continue;
            }
            if (start < 0 || v.at(start) == null) continue;
            List<EntityMention> names = list(v, start);
            // "multiple victims, Sheriff Arpaio will have an update": after a comma, the subject of a clause of its own
            if (v.lower(start - 1).equals(",") && opensOwnClause(v, start)) continue;
            if (names.size() >= 1) record(v, ctx, names, fate, i);
        }
        subjectList(v, ctx);
        agedList(v, ctx);
        oneOfThem(v, ctx);
    }

    private static final Pattern ONE_OF = Pattern.compile(
            "^, (?:\\d{1,3} , )?(?:one of|among) (?:the|those) (?:(?!who |that |which )[a-z0-9-]+ ){0,4}(killed|shot|wounded|injured|victims|dead|slain|murdered)\\b.*");

    /** "Police say X was with Glenda H., one of the four people killed in the house": a name in apposition to the victims. */
    private static void oneOfThem(SentenceView v, ArticleContext ctx) {
        if (SUSPECT_WORDS.matcher(v.sentence.text().toLowerCase(java.util.Locale.ROOT)).find()) return;
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.PERSON || !v.lower(e.lastToken() + 1).equals(",")) continue;
            var m = ONE_OF.matcher(withoutAdverbs(v, e.lastToken() + 1, 11));
            if (!m.matches()) continue;
            String fate = fateIn(m.group(1));
            record(v, ctx, List.of(e), fate == null ? m.group(1).equals("shot") ? "shot" : "identified" : fate, e.lastToken() + 1);
        }
    }

    /**
     * "Sharonda Singleton, 45; Myra Thompson, 59; Ethel Lance, 70": three or more names, each with
     * an age, in one run, is how a report lists the people an event struck (the cue may be in the
     * sentence before); who they are is left to the article, as for identified victims.
     */
    private static void agedList(SentenceView v, ArticleContext ctx) {
        String lower = v.sentence.text().toLowerCase(java.util.Locale.ROOT);
        if (SUSPECT_WORDS.matcher(lower).find() || DEFENDANT_WORDS.matcher(lower).find()) return;
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.PERSON || !aged(v, e)) continue;
            List<EntityMention> names = list(v, e.firstToken());
            if (names.stream().filter(n -> aged(v, n)).count() >= 3) record(v, ctx, names, "identified", e.firstToken());
            return;
        }
    }

    private static boolean aged(SentenceView v, EntityMention e) {
        return v.lower(e.lastToken() + 1).equals(",") && Regex.matches(v.lower(e.lastToken() + 2), "\\d{1,3}");
    }

    /**
     * "A, 57, and B, 23, suffered multiple gunshot wounds", "The victim, A, was pronounced dead",
     * "A, 20, was treated for gunshot wounds": names opening the sentence, then what happened to them.
     */
    private static void subjectList(SentenceView v, ArticleContext ctx) {
        List<Integer> starts = new ArrayList<>(List.of(v.first));
        // "... says 61-year-old A, 29-year-old B and 40-year-old C died", "Police said that A ..."
        for (int j = v.first; j < v.last(); j++) {
            if (Regex.matches(v.lower(j), "said|says|say|that")) { starts.add(j + 1); break; }
        }
        // "A was pronounced dead and 16-year-old B of Troy was treated": a second clause with its own subject
        // "KNOXVILLE (WATE) – 17-year-old A was found shot": a dateline (or a headline run into it) before the subject
        for (int j = v.first; j < v.last() && j < v.first + 40; j++) {
            if (Regex.matches(v.lower(j), "–|—|--") || v.lower(j).equals("-") && !v.at(j).pos().equals("HYPH")) starts.add(j + 1);
        }
        // "A died at the hospital, while B, C, and D all suffered nonlife threatening injuries"
        for (int j = v.first + 2; j < v.last(); j++) if (Regex.matches(v.lower(j), "and|while|whereas|but")) starts.add(j + 1);
        // "According to Chief Deputy Coroner Steve L., Diamante K. was pronounced dead"
        if (v.lower(v.first).equals("according")) {
            for (int j = v.first + 2; j < v.last() && j < v.first + 12; j++) if (v.lower(j).equals(",")) { starts.add(j + 1); break; }
        }
        // "According to the coroner, the victim, Eh Thon Gar, died ..."
        for (int j = v.first + 1; j + 3 <= v.last(); j++) {
            if (v.lower(j).equals("the") && Regex.matches(v.lower(j + 1), "victim|victims|deceased") && v.lower(j + 2).equals(",")) starts.add(j + 3);
        }
        // "His son, A, 8, was also found wounded", "Advertisement A, 27, was pronounced dead": a name after a comma or a stray word
        for (EntityMention e : v.entities) {
            // "... at 95 Van Wagenen Ave. Nina G., 32, had a gunshot wound": a sentence the splitter ran on past an abbreviation
            String before = v.lower(e.firstToken() - 1); // not a title ("Sgt. Trent C. said")
            // "18-year olds Keyona M., Diamond H. ... were treated": an age before the first name
            if (e.type() == EntityType.PERSON && (Regex.matches(before, ",|;|:|.+\\.|olds") && !TITLES.contains(before) || e.firstToken() == v.first + 1)) starts.add(e.firstToken());
        }
        for (int k : starts) {
            if (v.lower(k).equals("that")) k++;
            // "Her parents, A and B, were taken to the hospital": a short noun phrase, then the names in apposition
            // "Two of those men, A and B, later died"
            for (int c = k + 1; c <= k + 5 && v.at(c) != null; c++) {
                if (!Regex.matches(v.lower(c), ",|–|—|--")) continue;
                boolean np = true;
                // "Four Smithfield residents – A, B and C –": a town may modify the head noun
                // "His mother’s boyfriend, 22-year-old A, ...": a possessive inside it
                for (int q = k; q < c; q++) np &= Regex.matches(v.at(q).pos(), "DT|PRP\\$|JJ|NNS?|CD|POS") || v.lower(q).equals("of")
                        || v.at(q).pos().startsWith("NNP") && Regex.matches(v.at(c - 1).pos(), "NNS?");
                // "The fourth victim, a 20-year-old Raheem C. also suffered ...": an age before the name
                int n = AgeWords.skip(v, c + 1, "a|an");
                if (np && v.entityStartingAt(n, EntityType.PERSON).isPresent()) k = c + 1;
                break;
            }
            if (v.lower(k).equals("the") && Regex.matches(v.lower(k + 1), "victim|deceased|victims|boy|girl|man|woman") && v.lower(k + 2).equals(",")) k += 3;
            // "Four others, A; B; and C, were injured"
            if (v.at(k) != null && v.at(k).pos().equals("CD") && Regex.matches(v.lower(k + 1), "others|victims|people") && v.lower(k + 2).equals(",")) k += 3;
            subjectListAt(v, ctx, k);
        }
    }

    private static void subjectListAt(SentenceView v, ArticleContext ctx, int k) {
        List<EntityMention> names = list(v, k);
        if (names.isEmpty()) return;
        int after = listEnd(v, k);
        if (Regex.matches(v.lower(after), "–|—|--")) after++; // "Four residents – A, B and C – were treated"
        // "A and B, a mother and daughter, both died": the walk took in the article of the apposition
        if (Regex.matches(v.lower(after - 1), "a|an|the") && v.lower(after - 2).equals(",") && after - 2 > k) after--;
        // "A, the 66-year-old owner of the barbershop, was wounded": an apposition between the name and what happened
        // "A, 45, and B, 46, who work at the drug store, were injured": a relative clause between them too
        if (v.lower(after - 1).equals(",") && v.at(after) != null && (Regex.matches(v.at(after).pos(), "DT|PRP\\$") || v.lower(after).equals("who"))) {
            boolean clause = v.lower(after).equals("who");
            for (int c = after + 1; c <= after + 14 && v.at(c) != null; c++) {
                if (v.at(c).isVerb() && !clause) break;
                if (v.lower(c).equals(",")) { after = c + 1; break; }
            }
        }
        // "A and B, along with four juvenile victims were killed": others joined to the list before the predicate
        if (v.lower(after - 1).equals(",") && (v.lower(after).equals("along") && v.lower(after + 1).equals("with")
                || v.lower(after).equals("as") && v.lower(after + 1).equals("well") && v.lower(after + 2).equals("as"))) {
            for (int c = after + 2; c <= after + 10 && v.at(c) != null; c++) {
                if (v.entityStartingAt(c, EntityType.PERSON).isPresent()) break;
                if (v.lower(c).equals(",") || v.at(c).isVerb()) { after = v.lower(c).equals(",") ? c + 1 : c; break; }
            }
        }
        while (v.at(after) != null && (v.at(after).pos().startsWith("RB") || Regex.matches(v.lower(after), "all|both|each"))) after++;
        if (v.at(after) == null) return;
        String fate = fateOfRest(v.text(after, Math.min(v.last(), after + 8)).toLowerCase(java.util.Locale.ROOT));
        // "A, 24, was badly wounded", "B was also found wounded": an adverb the patterns do not list
        if (fate == null) fate = fateOfRest(withoutAdverbs(v, after, 8));
        // "A, 15, was taken off life support Thursday afternoon and died": a clause of the same subject joined by "and"
        if (fate == null && Regex.matches(withoutAdverbs(v, after, 12), "^(was|were|is|are) [a-z]+\\b[^,;]* and (died|succumbed|passed away)\\b.*")) fate = "killed";
        if (fate == null) return;
        record(v, ctx, names, fate, after);
    }

    /**
     * The list from k is the subject of a clause of its own that tells no fate: "Whomever shot her son, Cassandra N. is
     * ready to forgive them" (a name in apposition is followed by a comma or the sentence's end, not by a verb).
     */
    private static boolean opensOwnClause(SentenceView v, int k) {
        int after = listEnd(v, k);
        // "The victim, Karl H., would have turned 8": a name closed by a comma is in apposition
        if (v.at(after) == null || !Regex.matches(v.at(after).pos(), "VBD|VBZ|VBP|MD") || !Regex.matches(v.lower(after - 1), "[\\p{L}.'’]+")) return false;
        return fateOfRest(withoutAdverbs(v, after, 8)) == null;
    }

    /** What the words after a list of names say befell them ("were shot", "suffered gunshot wounds"), or null. */
    private static String fateOfRest(String rest) {
        // "A and B were taken to the Sheriff's Department where they were questioned", "A was taken to the county jail": custody
        if (Regex.matches(rest, "^(were|was|is|are|had been|have been|has been) ((also|both|all|later|then) )*(taken|transported|brought|driven) (to|into)\\b.*")
                && Regex.matches(rest, ".*\\b(jail|custody|police|sheriff|station|headquarters|precinct|questioning|detention|prison|court(house)?)\\b.*")
                && !Regex.matches(rest, ".*\\b(hospital|medical|trauma)\\b.*")) return null;
        // "A, B, and C have been identified as the victims", "B, 38, was named as one of eight family members killed"
        if (Regex.matches(rest, "^(have|has|had) been (identified|named) as (the )?(\\w+ )?victims?\\b.*")
                || Regex.matches(rest, "^(was|were) (identified|named) as (one of )?(the |a |an )?(?:(?!who |that |which )[a-z0-9-]+ ){0,5}(victims?|killed|dead)\\b.*")
                // "A was identified as the woman injured in the courthouse shooting"
                || Regex.matches(rest, "^(was|were) identified as (the|a|an) (man|woman|men|women|boy|girl|teen|person|people) (injured|wounded|shot)\\b.*")) {
            String fate = fateIn(rest.replaceFirst("^.*?\\bas\\b", ""));
            return fate == null ? "identified" : fate;
        }
        if (rest.matches("^(were|was|is|are|had been|have been|has been) ((also|both|all|later|then|confirmed|fatally|critically|seriously|reportedly|being) )*"
                + "(shot|killed|wounded|injured|hurt|pronounced dead|declared dead|hit|struck|taken to|transported|airlifted|flown|treated|hospitali[sz]ed|rushed to)\\b.*")
                || Regex.matches(rest, "^(suffered|sustained|received|died|had (a |an |several |multiple |two |three )?(gunshot|bullet)|had been shot)\\b.*")
                // "A, 38, underwent emergency surgery", "A is recovering from a gunshot wound", "were admitted to the hospital"
                || Regex.matches(rest, "^(underwent|is recovering|was recovering|are recovering|remains hospitali[sz]ed|(was|were) admitted to)\\b.*")
                || Regex.matches(rest, "^(was|were|is|are) (one|two|three|four|five|among) (of )?.*\\b(shot|killed|wounded|injured|victims|dead|struck|hit|gunned|murdered|slain)\\b.*")
                // "16-year-old A was found fatally wounded", "A is in stable condition"
                || Regex.matches(rest, "^(was|were|is|are) (found|discovered|listed|reported) ((fatally|critically|seriously|mortally) )?(dead|shot|wounded|injured|suffering|bleeding|unresponsive)\\b.*")
                || Regex.matches(rest, "^(is|are|was|were|remains|remained) in (critical|serious|stable|fair|good|grave|satisfactory) condition\\b.*")
                || Regex.matches(rest, "^(is|was|are|were) (the|a|an|one) ((shooting|other|second|third|fatal) )?victims?\\b.*")
                // "A, 54, was the motorcyclist shot and killed" (not "was the officer who shot")
                || Regex.matches(rest, "^(is|was|were|are) (the|a|an) (?:(?!who |that |which )[a-z-]+ ){1,3}(shot|killed|wounded|injured)\\b.*")
                // "A was the woman who was grazed in the head" (not "was the officer who shot")
                || Regex.matches(rest, "^(is|was) (the|a|an) ([a-z-]+ ){1,2}who (was|is) (also )?(shot|killed|wounded|injured|grazed|hit|struck)\\b.*")
                || Regex.matches(rest, "^(was|were) found\\b.*\\b(gunshot|shot|dead|wounds?)\\b.*")) {
            String fate = fateIn(rest);
            if (Regex.matches(rest, "^(is|are|was|were|remains|remained) in \\w+ condition\\b.*")) fate = "injured";
            if (fate == null) fate = rest.contains("shot") || rest.contains("hit") || rest.contains("struck") ? "shot" : "injured";
            if (Regex.matches(rest, "^(were|was) (also |both |all )?shot but survived.*")) fate = "injured";
            return fate;
        }
        return null;
    }

    /** The next n words from k in lower case without adverbs ("badly", "also"), except negations. */
    private static String withoutAdverbs(SentenceView v, int k, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = k, kept = 0; v.at(i) != null && kept < n; i++) {
            if (v.at(i).pos().startsWith("RB") && !Regex.matches(v.lower(i), "not|n't|never|no")) continue;
            if (out.length() > 0) out.append(' ');
            out.append(v.lower(i));
            kept++;
        }
        return out.toString();
    }

    /** Killed or injured, as the words say, or null. */
    static String fateIn(String text) {
        if (KILLED_WORDS.matcher(text).find()) return "killed";
        if (INJURED_WORDS.matcher(text).find()) return "injured";
        return null;
    }

    /** The person names of a list starting at token k. */
    static List<EntityMention> list(SentenceView v, int k) {
        List<EntityMention> out = new ArrayList<>();
        int end = listEnd(v, k, out);
        return end < 0 ? List.of() : out;
    }

    private static int listEnd(SentenceView v, int k) {
        return listEnd(v, k, new ArrayList<>());
    }

    /** Walks the list from k, collecting names; returns the first token after it. */
    private static int listEnd(SentenceView v, int k, List<EntityMention> names) {
        int i = k;
        while (v.at(i) != null) {
            var name = v.entityStartingAt(i, EntityType.PERSON);
            String w = v.lower(i);
            int possessor = possessorEnd(v, i);
            if (possessor > 0 && relationAfter(v, possessor) > 0) {
                i = relationAfter(v, possessor); // "Amiracle's 47-year-old father, Demetrius Williams": not Amiracle
            } else if (name.isPresent() && !names.isEmpty() && closingSpeaker(v, k, i, name.get())) {
                break; // "in the death of John M., 53, Sgt. Manny H. said": who tells, not one more name
            } else if (name.isPresent()) {
                // "A 37-year-old Shelton man was killed": a name before a person noun is his town or family, not him;
                // "Also dead were Williams' son and daughter": a possessor is not one of the people either, unless the
                // name is in apposition to the victim noun ("inside victim Matthew F.'s home")
                // "dead, Jackson County Prosecutor Jean B. announced": nor is a county's name
                if (!VictimCountRule.HUMAN.contains(v.lower(name.get().lastToken() + 1)) && !Regex.matches(v.lower(name.get().lastToken() + 1), "county|parish")
                        && (possessorEnd(v, i) < 0 || Regex.matches(v.lower(i - 1), "victims?"))) names.add(name.get());
                i = name.get().lastToken() + 1;
            } else if ((VictimCountRule.HUMAN.contains(w) || Lexicon.ROLE_NOUNS.contains(w) || PEOPLE_PLURALS.contains(w)) && !Lexicon.PERPETRATOR.contains(w)
                    && !Regex.matches(w, "robber|intruder") && v.entityStartingAt(i + 1, EntityType.PERSON).isPresent()) {
                i++; // "identified as employee Thomas S., in his 60s", "and daughters Jael G., 5": a person or role noun before the name
            } else if (!names.isEmpty() && v.at(i).pos().equals("CD") && v.lower(i + 1).equals("of") && Regex.matches(v.lower(i + 2), "his|her|their")
                    && PEOPLE_PLURALS.contains(v.lower(i + 3)) && v.lower(i + 4).equals(":")) {
                i += 5; // "Greg G., 51, his wife Sara G., 40, and three of their children: a 9-year-old boy, Zephania G."
            } else if (!names.isEmpty() && w.equals("the") && (VictimCountRule.HUMAN.contains(v.lower(i + 1))
                    || v.at(i + 1) != null && v.at(i + 1).pos().equals("JJ") && VictimCountRule.HUMAN.contains(v.lower(i + 2)))
                    && !Lexicon.PERPETRATOR.contains(v.lower(i + 1)) && !Lexicon.PERPETRATOR.contains(v.lower(i + 2))) {
                // "A, B, C, and the juvenile female, all of York, were taken to York Hospital": someone left unnamed
                i += VictimCountRule.HUMAN.contains(v.lower(i + 1)) ? 2 : 3;
            } else if (!names.isEmpty() && Regex.matches(w, "all|both") && v.lower(i + 1).equals("of") && capitalised(v, i + 2)) {
                i += 1; // "all of York": the town follows
            } else if (!names.isEmpty() && Regex.matches(v.lower(i - 1), ",|and") && HARM_PARTICIPLES.contains(w) && remarkEnd(v, i) > 0) {
                i = remarkEnd(v, i); // "A and B, both 16 and shot in the foot; C, 18, shot in the toe, and D": what befell each
            } else if (!names.isEmpty() && (VictimCountRule.HUMAN.contains(w) || v.at(i).pos().equals("NN") && VictimCountRule.HUMAN.contains(v.lower(i + 1)))
                    && relationAfter(v, i) > 0) {
                i = relationAfter(v, i); // "A, and 40-year-old mother, B"
            } else if (TITLES.contains(w) && v.entityStartingAt(afterTitles(v, i), EntityType.PERSON).isPresent()) {
                i = afterTitles(v, i); // "Bailiff Ronald Kienzle and Chief Deputy Joseph Zangaro"
            } else if (Regex.matches(w, "his|her|their") && v.at(i + 1) != null) {
                // "... his wife, 72-year-old A, and his granddaughter, 3-year-old B": relatives in apposition
                int r = i + 1;
                // "her young son Ethan R.", "their two children, A and B", "his three youngest siblings A, 9; B, 5": an
                // adjective or a number may come with the relation
                while (v.at(r) != null && (Regex.matches(v.lower(r), "\\d{1,3}|-|year|years|old|\\d{1,3}-year-old") || Regex.matches(v.at(r).pos(), "JJS?|CD"))) r++;
                // "his 11-year-old Olivia S.": the age alone
                if (r > i + 1 && v.entityStartingAt(r, EntityType.PERSON).isPresent()) { i = r; continue; }
                String relation = v.lower(r).replaceFirst("^ex-", ""); // "his ex-wife"
                if (!VictimCountRule.HUMAN.contains(relation) && !PEOPLE_PLURALS.contains(relation) && !relation.equals("siblings")) break;
                // "her 62-year-old sister-in-law Mary Lou N."
                if (v.lower(r + 1).equals("-") && v.lower(r + 2).equals("in") && v.lower(r + 3).equals("-") && v.lower(r + 4).equals("law")) r += 4;
                i = r + 1;
            } else if (Regex.matches(w, ",|;|and|&|:|\\d{1,3}|\\d{1,3}-(year|month|week)-old|-|year|month|months|week|weeks|old|olds|ages?|respectively|(jr|sr)\\.?|ii|iii|iv|a|an|man|woman|boy|girl|teen|teenager|male|female|person|child|juvenile|both")
                    && !(Regex.matches(w, "ages?") && Regex.matches(v.lower(i + 1), "not|unknown|unavailable")) // a remark, below
                    || v.at(i).pos().equals("CD") && (Regex.matches(w, "\\d+") || v.lower(i + 1).equals("-"))) {
                // "Twenty-one-year-old A": an age in words comes as "Twenty", "-", "one", "-", "year", ...
                i++;
            } else if (!names.isEmpty() && v.lower(i - 1).equals(",") && v.at(i - 2) != null && v.at(i - 2).pos().equals("CD")
                    && v.entityStartingAt(i, EntityType.LOCATION).isPresent()
                    && Regex.matches(v.lower(v.entityStartingAt(i, EntityType.LOCATION).get().lastToken() + 1), ";|,|and")) {
                i = v.entityStartingAt(i, EntityType.LOCATION).get().lastToken() + 1; // "A, 33, Richmond; B, 26, Anderson"
            } else if (w.equals("of") && !names.isEmpty() && v.lower(i + 1).equals("the") && v.at(i + 2) != null
                    && v.at(i + 2).pos().equals("CD") && v.lower(i + 3).equals("block")) {
                // "A, age 31, of the 3900 block of Trailwood Court in Chesapeake"
                i += 4;
                while (v.at(i) != null && !v.lower(i).equals(",") && !v.at(i).isVerb() && i < k + 40) i++;
            } else if (Regex.matches(w, "of|from") && !names.isEmpty() && v.at(i + 1) != null && capitalised(v, i + 1) && !v.at(i + 1).pos().equals("DT")) {
                i += 2; // "A, 22, of Greenville", "B, 23, of Fishers/NNS"
                while (v.at(i) != null && v.at(i).pos().startsWith("NNP")) i++;
                // "of Wellington Street in Parma"
                if (v.lower(i).equals("in") && capitalised(v, i + 1) && v.entityStartingAt(i + 1, EntityType.PERSON).isEmpty()) {
                    i += 2;
                    while (v.at(i) != null && v.at(i).pos().startsWith("NNP")) i++;
                }
                // "of Summerville, SC; B, 28, ...": the town's state
                if (v.lower(i).equals(",") && capitalised(v, i + 1) && v.entityStartingAt(i + 1, EntityType.PERSON).isEmpty() && Regex.matches(v.lower(i + 2), ";|,|and|\\.|")) i += 2;
            } else if (v.at(i).pos().equals("CD") && Regex.matches(v.lower(i + 1), "others|victims|people") && Regex.matches(v.lower(i + 2), "—|–|--|:")) {
                i += 3; // "Milner and three others — A, 21; B, 22"
            } else if (w.equals("who") && !names.isEmpty() && v.lower(i - 1).equals(",") && semicolonAfter(v, i) > 0) {
                i = semicolonAfter(v, i); // "A, 29, of Dunbar, who was hit seven times; B, 25; and C": a remark inside a list
            } else if (!names.isEmpty() && v.lower(i - 1).equals(",") && remarkBeforeName(v, i) > 0) {
                // "Mary D., Trevonte C. and Shontae A., ages not available; Gerod W., 18", "A, born in 1970, and B",
                // "A, with whom the suspect lived, and his recent girlfriend, B": a remark, then the next name
                i = remarkBeforeName(v, i);
            } else if (!names.isEmpty() && Regex.matches(w, "left|right|center|centre|top|bottom|front|rear") && Regex.matches(v.lower(i - 1), ",|-lrb-|\\(")
                    && Regex.matches(v.lower(i + 1), ",|-rrb-|\\)")) {
                i += 2; // a caption's "A, left, and B, right, were shot", "A (left) and B"
            } else if (!names.isEmpty() && Regex.matches(v.lower(i), "-lrb-|\\(") && Regex.matches(v.lower(i + 1), "left|right|center|centre|l\\.|r\\.")
                    && Regex.matches(v.lower(i + 2), "-rrb-|\\)")) {
                i += 3;
            } else if (!names.isEmpty() && Regex.matches(v.lower(i), "\\(") && parenthesisEnd(v, i) > 0) {
                i = parenthesisEnd(v, i); // "Gary R. (pictured above in an undated photograph), 38, was named as one of eight ... killed"
            } else if (Regex.matches(v.lower(i - 1), ":|;|,|and") && descriptorEnd(v, i) > 0) {
                // "identified as: recent-father and husband-to-be Frankie R. and ...; grandmother-to-be Dana R., 37"
                i = descriptorEnd(v, i);
            } else if (!names.isEmpty() && w.equals("another") && VictimCountRule.HUMAN.contains(v.lower(i + 1)) && !Lexicon.PERPETRATOR.contains(v.lower(i + 1))) {
                // "A, 67, and another man in his 80s were killed": someone left unnamed
                i += 2;
                if (v.lower(i).equals("in") && Regex.matches(v.lower(i + 1), "his|her") && Regex.matches(v.lower(i + 2), "\\d0s")) i += 3;
            } else if (!names.isEmpty() && v.entityStartingAt(i, EntityType.PERSON).isEmpty() && Regex.matches(v.lower(i - 1), ",|and") && untaggedNameEnd(v, i) > 0) {
                // "Keyona M., Diamond/ORGANIZATION Hooks, Quanderia B.", "and Parish/LOCATION Jordan and Leroy M.": a name the tagger
                // read as something else between two of the list's names
                int end = untaggedNameEnd(v, i);
                names.add(new EntityMention(v.text(i, end - 1), EntityType.PERSON, v.sentence.index(), v.at(i).index(), v.at(end - 1).index(),
                        v.at(i).begin(), v.at(end - 1).end()));
                i = end;
            } else {
                break;
            }
        }
        // a list ends on its last name or age, not on "and"
        return i;
    }

    /**
     * After a comma inside a list, a short remark with no name and no finite verb ("ages not available", "born in 1973") closed
     * by a semicolon or comma before the next name ("; Gerod W.", ", and Shawn D."), or a relative clause ("with whom the suspect
     * lived", "who's in her 30s") closed by ", and": the token after it, else -1.
     */
    private static int remarkBeforeName(SentenceView v, int k) {
        boolean clause = Regex.matches(v.lower(k), "who|whom|whose|who's") || v.lower(k).equals("with") && v.lower(k + 1).equals("whom");
        if (v.at(k).isVerb()) return -1; // "A, 37, were transported to a hospital, Barrera said": the predicate, not a remark
        for (int c = k + 1; c <= k + 12 && v.at(c) != null; c++) {
            if (v.entityStartingAt(c, EntityType.PERSON).isPresent()) return -1;
            if (!clause && v.at(c).isVerb() && !Regex.matches(v.at(c).pos(), "VBN")) return -1;
            if (!Regex.matches(v.lower(c), ",|;")) continue;
            // closed by a semicolon or by ", and" (", Barrera said" closes a sentence, not a remark)
            int n = v.lower(c + 1).equals("and") ? c + 2 : v.lower(c).equals(";") ? c + 1 : -1;
            if (n > 0 && (v.entityStartingAt(n, EntityType.PERSON).isPresent() || clause && Regex.matches(v.lower(n), "his|her|their"))) return n;
            return -1;
        }
        return -1;
    }

    /**
     * Two or three capitalised proper nouns, not a person to the tagger, followed by a separator and a person ("Diamond Hooks,
     * Quanderia B.", "Parish Jordan and Leroy M."): the token after them, else -1.
     */
    private static int untaggedNameEnd(SentenceView v, int k) {
        int e = k;
        while (v.at(e) != null && e < k + 3 && v.at(e).pos().startsWith("NNP") && Regex.matches(v.at(e).text(), "\\p{Lu}\\p{Ll}+")) e++;
        if (e - k < 2 || !dev.triangulate.model.PersonNames.plausible(v.text(k, e - 1))) return -1;
        for (int q = k; q < e; q++) if (VictimCountRule.HUMAN.contains(v.lower(q)) || Lexicon.ROLE_NOUNS.contains(v.lower(q))) return -1;
        int n = v.lower(e).equals(",") && v.lower(e + 1).equals("and") ? e + 2 : Regex.matches(v.lower(e), ",|and|;") ? e + 1 : -1;
        return n > 0 && v.entityStartingAt(n, EntityType.PERSON).isPresent() ? e : -1;
    }

    /** The token after the first comma within a short way from k when at least two names follow it, else -1. */
    private static int commaBeforeList(SentenceView v, int k) {
        for (int c = k; c <= k + 10 && v.at(c) != null; c++) {
            if (v.entityStartingAt(c, EntityType.PERSON).isPresent()) return -1;
            if (v.lower(c).equals(",")) return list(v, c + 1).size() >= 2 ? c + 1 : -1;
        }
        return -1;
    }

    /** The token after a short parenthesis with no name in it ("(pictured above)", "(left)"), else -1. */
    private static int parenthesisEnd(SentenceView v, int k) {
        for (int c = k + 1; c <= k + 10 && v.at(c) != null; c++) {
            if (v.entityStartingAt(c, EntityType.PERSON).isPresent()) return -1;
            if (Regex.matches(v.lower(c), "\\)")) return c + 1;
        }
        return -1;
    }

    /**
     * Lower-case words that describe the person before a name ("recent-father and husband-to-be", "grandmother-to-be"),
     * hyphenated at least once and with no verb but a compound's "be": the name's first token, else -1.
     */
    private static int descriptorEnd(SentenceView v, int k) {
        boolean hyphen = false;
        for (int c = k; c <= k + 9 && v.at(c) != null; c++) {
            if (v.entityStartingAt(c, EntityType.PERSON).isPresent()) return c > k && hyphen ? c : -1;
            String t = v.at(c).text();
            if (!t.equals(t.toLowerCase(java.util.Locale.ROOT))) return -1;
            boolean ok = Regex.matches(v.at(c).pos(), "JJ|NN|NNS|HYPH|CC") || Regex.matches(t, "to|-") || t.equals("be") && v.lower(c - 1).equals("-");
            if (!ok || Regex.matches(t, ",|;|:|or")) return -1;
            hyphen |= v.at(c).pos().equals("HYPH");
        }
        return -1;
    }

    private static final Set<String> HARM_PARTICIPLES = Set.of("shot", "wounded", "injured", "hit", "grazed", "struck", "killed");

    /**
     * The token after a remark on what befell a listed person ("shot in the toe,"): the next name after a semicolon or a
     * comma ("; C", ", and D", ", E") within a short way, else -1.
     */
    private static int remarkEnd(SentenceView v, int k) {
        for (int c = k + 1; c <= k + 12 && v.at(c) != null; c++) {
            if (v.at(c).isVerb() && !v.at(c).pos().equals("VBN") || v.entityStartingAt(c, EntityType.PERSON).isPresent()) return -1;
            if (!Regex.matches(v.lower(c), ",|;")) continue;
            int n = v.lower(c + 1).equals("and") ? c + 2 : c + 1;
            if (v.entityStartingAt(n, EntityType.PERSON).isPresent()) return n;
            if (v.lower(c).equals(";")) return -1;
        }
        return -1;
    }

    /** People an article names beside the victim: who lives there, who was with them, who saw it. */
    private static final Set<String> BESIDE_VICTIM = Set.of("boyfriend", "girlfriend", "homeowner", "owner", "stepfather", "stepmother",
            "neighbor", "neighbour", "witness", "caller", "roommate");

    /** The noun before "identified" at i, past "who", auxiliaries, commas, dashes and the one who identifies ("who KDKA-TV identified"). */
    private static String headBefore(SentenceView v, int i) {
        int j = i - 1;
        while (v.at(j) != null && j >= v.first && (Regex.matches(v.lower(j), "who|was|were|is|been|has|had|later|,|--|—|–")
                || v.at(j).pos().startsWith("NNP") && j > v.first && Regex.matches(v.lower(j - 1), "who|--|—|–"))) j--;
        return v.at(j) == null || j < v.first ? "" : v.lower(j);
    }

    /** People who came to the victims' side, not victims themselves: "family members and friends of the victims, including". */
    private static final Set<String> BYSTANDER_GROUPS = Set.of("members", "friends", "relatives", "families", "heroes", "witnesses",
            "mourners", "neighbors", "neighbours", "supporters", "classmates", "rescuers", "officials", "ones");

    /** Whether the noun phrase before "including" at i is a group of people other than the victims. */
    private static boolean bystandersBefore(SentenceView v, int i) {
        int j = i - 1;
        if (v.lower(j).equals(",")) j--;
        if (Regex.matches(v.lower(j), "victims?|deceased") && Regex.matches(v.lower(j - 1), "the|his|her|their|both") && v.lower(j - 2).equals("of")) j -= 3;
        return v.at(j) != null && BYSTANDER_GROUPS.contains(v.lower(j));
    }

    /** A name after a comma (and titles) that "said" follows: the attribution closing the sentence. */
    private static boolean closingSpeaker(SentenceView v, int k, int i, EntityMention name) {
        int before = i - 1;
        while (before > k && TITLES.contains(v.lower(before))) before--;
        return v.lower(before).equals(",") && Regex.matches(v.lower(name.lastToken() + 1), "said|says|told|added");
    }

    /** The token after a semicolon that closes a short clause from k, else -1. */
    private static int semicolonAfter(SentenceView v, int k) {
        for (int c = k + 1; c <= k + 14 && v.at(c) != null; c++) if (v.lower(c).equals(";")) return c + 1;
        return -1;
    }

    private static boolean capitalised(SentenceView v, int i) {
        return v.at(i) != null && Character.isUpperCase(v.at(i).text().codePointAt(0));
    }

    /** Records the names as victims with the fate, or as identified victims whose fate the article decides (fate "identified"). */
    static void record(SentenceView v, ArticleContext ctx, List<EntityMention> names, String fate, int cue) {
        for (EntityMention e : names) {
            String person = FateRule.clean(e);
            var ev = v.evidence(Math.min(cue, e.firstToken()), Math.max(cue, e.lastToken()));
            if (fate.equals("identified")) {
                ctx.identifiedVictims.add(new VictimCountRule.Found(person, "identified", 1, ev, v));
                continue;
            }
            ctx.add(v, person, Slot.FATE, fate, Qualifier.EXACT, ev);
            ctx.add(v, Claim.INCIDENT, Slot.VICTIM, person, Qualifier.EXACT, ev);
        }
    }
}
