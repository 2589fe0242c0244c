package dev.triangulate.extract.internal;

import dev.triangulate.model.PersonNames;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * People the entity tagger missed or took for an organisation ("Ayanna/ORGANIZATION Northern, 22, was
 * shot"), when the text marks them as people: a name with an age after it, a name where only a
 * person fits ("identified as Alice/ORGANIZATION Terry", "Ireshia/ORGANIZATION Parks was shot"), or
 * the same words the tagger reads as a person elsewhere in the article.
 */
final class PersonMentions {
    private PersonMentions() {}

    static AnnotatedArticle repair(AnnotatedArticle a) {
        List<Token> toks = a.tokens();
        List<EntityMention> entities = new ArrayList<>(a.entities());
        Set<String> people = new HashSet<>();
        for (EntityMention e : entities) if (e.type() == EntityType.PERSON && e.firstToken() < e.lastToken()) people.add(e.text());
        boolean changed = false;
        // an organisation or an untagged run of proper nouns with an age after it: "Vontay Price, 22,"
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            // a place or a "miscellaneous" name too: "Selby/LOCATION Gene Outland, 47,", "Omani/MISC Free/MISC, 18,"
            // (only with an age: "Davidson County, North/LOCATION Carolina/LOCATION was shot" is no person)
            boolean organisation = e.type() == EntityType.ORGANIZATION;
            if ((organisation || Regex.matches(e.type().name(), "LOCATION|MISC"))
                    && (aged(toks, e.firstToken(), e.lastToken()) || organisation && inPersonSlot(toks, e.firstToken(), e.lastToken())
                            || agedBefore(toks, e.firstToken(), e.lastToken()) || relativeBefore(toks, e.firstToken(), e.lastToken()))) {
                entities.set(i, person(a, e.firstToken(), e.lastToken()));
                people.add(e.text());
                changed = true;
            }
        }
        // "Destiny/NN McNichols/ORGANIZATION, 14, died": a first name the tagger read as a common word, before a surname it
        // read as an organisation or left untagged, with an age after them or where only a person fits
        for (int k = 0; k + 1 < toks.size(); k++) {
            Token f = toks.get(k), l = toks.get(k + 1);
            if (!"O".equals(f.ner()) || !Regex.matches(f.pos(), "NNS?|JJ") || !firstName(a, f) || l.sentence() != f.sentence()
                    || !l.pos().startsWith("NNP") || !Regex.matches(l.ner(), "O|ORGANIZATION") || !Regex.matches(l.text(), "\\p{Lu}\\p{L}+")
                    || !PersonNames.plausible(f.text() + " " + l.text())) continue;
            int at = k + 1;
            boolean loneSurname = entities.stream().noneMatch(e -> e.firstToken() <= at && at <= e.lastToken() && e.firstToken() != e.lastToken());
            // "the final victim, 19-year-old Miracle/NN King/ORGANIZATION, was treated"
            if (!loneSurname || !agedFrom(toks, k + 1) && !inPersonSlot(toks, k, k + 1, false) && !ageBefore(toks, k, k + 1)) continue;
            entities.removeIf(e -> e.firstToken() == at && e.lastToken() == at);
            EntityMention p = person(a, k, k + 1);
            entities.add(p);
            people.add(p.text());
            changed = true;
        }
        List<int[]> untagged = untaggedRuns(toks); // the tokens' tags do not change here, only the entities
        for (int[] run : untagged) {
            if (aged(toks, run[0], run[1]) || inPersonSlot(toks, run[0], run[1]) || agedBefore(toks, run[0], run[1]) || relativeBefore(toks, run[0], run[1])) {
                EntityMention p = person(a, run[0], run[1]);
                entities.add(p);
                people.add(p.text());
                changed = true;
            }
        }
        // "Tre/ORGANIZATION Edwards of Lilburn was killed", "15 year-old Jordan/ORGANIZATION Shores of North Augusta": a person and
        // his town the tagger read as one organisation
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.ORGANIZATION) continue;
            int of = -1;
            for (int k = e.firstToken() + 2; k <= Math.min(e.firstToken() + 3, e.lastToken() - 1); k++) if (toks.get(k).lower().equals("of")) { of = k; break; }
            if (of < 0 || !properNouns(toks, e.firstToken(), of - 1) || !Character.isUpperCase(toks.get(of + 1).text().codePointAt(0))) continue;
            StringBuilder after = new StringBuilder();
            for (int k = e.lastToken() + 1; k < toks.size() && k <= e.lastToken() + 5 && toks.get(k).sentence() == e.sentence(); k++) after.append(toks.get(k).lower()).append(' ');
            if (!ageBefore(toks, e.firstToken(), of - 1) && !SHOT_AFTER.matcher(after).matches()) continue;
            EntityMention p = person(a, e.firstToken(), of - 1);
            Token tf = toks.get(of + 1), tl = toks.get(e.lastToken());
            entities.set(i, p);
            entities.add(new EntityMention(a.article().text().substring(tf.begin(), tl.end()), EntityType.LOCATION, e.sentence(), of + 1, e.lastToken(), tf.begin(), tl.end()));
            people.add(p.text());
            changed = true;
        }
        // "Jamaica/LOCATION McCann - Bell, 19,": a hyphenated surname, which the tagger splits, with an age after it
        for (int k = 0; k + 3 < toks.size(); k++) {
            int first = k, last = k + 3;
            if (!toks.get(k + 2).pos().equals("HYPH") || toks.get(first).sentence() != toks.get(last).sentence() || !agedFrom(toks, last)) continue;
            if (first > 0 && toks.get(first - 1).sentence() == toks.get(first).sentence() && toks.get(first - 1).pos().startsWith("NNP")) continue;
            if (!Regex.matches(toks.get(k).text() + " " + toks.get(k + 1).text() + " " + toks.get(k + 3).text(), "\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{L}+ \\p{Lu}\\p{Ll}+")
                    || !PersonNames.plausible(toks.get(k).text() + " " + toks.get(k + 1).text() + "-" + toks.get(k + 3).text())) continue;
            boolean tagged = false;
            for (int q = first; q <= last; q++) tagged |= "PERSON".equals(toks.get(q).ner());
            if (tagged) continue;
            entities.removeIf(x -> x.firstToken() <= last && x.lastToken() >= first);
            EntityMention p = person(a, first, last);
            entities.add(p);
            people.add(p.text());
            changed = true;
        }
        // "Tra'von/NNP Folse/PERSON": a first name with an apostrophe the tagger left out belongs to the name after it
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int f = e.firstToken() - 1;
            if (e.type() == EntityType.PERSON && f >= 0 && toks.get(f).sentence() == e.sentence() && "O".equals(toks.get(f).ner())
                    && toks.get(f).pos().startsWith("NNP") && Regex.matches(toks.get(f).text(), "\\p{Lu}\\p{L}*['’]\\p{L}+")) {
                entities.set(i, person(a, f, e.lastToken()));
                people.add(entities.get(i).text());
                changed = true;
            }
        }
        // "Elton/NNP Wayne/PERSON Madison/PERSON", "Scorpio - Rodney Alonzo/PERSON Phillips/PERSON": a first name the tagger left
        // out, which the article never writes in lower case and which no other capitalised word (a title, a town) comes before
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int f = e.firstToken() - 1;
            if (e.type() != EntityType.PERSON || f < 1 || !leftOutFirstName(a, toks, f, e.sentence())) continue;
            // a hyphenated first name: "Scorpio - Rodney"
            if (f >= 3 && toks.get(f - 1).pos().equals("HYPH") && leftOutFirstName(a, toks, f - 2, e.sentence())) f -= 2;
            Token before = toks.get(f - 1);
            // "Rest in Peace Sherman W.", "Prince George's Hospital Center": not after a preposition, not a place's possessive
            if (Character.isUpperCase(before.text().codePointAt(0)) || Regex.matches(before.pos(), "IN|TO") && !before.lower().equals("as")
                    || e.lastToken() + 1 < toks.size() && Regex.matches(toks.get(e.lastToken() + 1).lower(), "'s|’s")
                    || NOT_FIRST_NAMES.contains(toks.get(f).lower())) continue;
            entities.set(i, person(a, f, e.lastToken()));
            people.add(entities.get(i).text());
            changed = true;
        }
        // 'Isaiah/PERSON "Zay" Solomon/PERSON': a nickname in quotes splits one name into two
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int last = e.type() == EntityType.PERSON ? nicknameEnd(toks, e.lastToken()) : -1;
            if (last < 0) continue;
            EntityMention whole = person(a, e.firstToken(), last);
            entities.removeIf(x -> x != e && x.firstToken() > e.lastToken() && x.firstToken() <= last);
            entities.set(entities.indexOf(e), whole);
            people.add(whole.text());
            changed = true;
        }
        // "Autumn/NN Burkhart/PERSON": a capitalised first name the tagger read as a common word, which the article never
        // writes in lower case, belongs to the surname after it
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int f = e.firstToken() - 1;
            if (e.type() != EntityType.PERSON || e.firstToken() != e.lastToken() || f < 0 || toks.get(f).sentence() != e.sentence()) continue;
            Token t = toks.get(f);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if ("O".equals(t.ner()) && Regex.matches(t.pos(), "NNS?|JJ") && Regex.matches(t.text(), "\\p{Lu}\\p{Ll}{2,}")
                    && !VictimCountRule.HUMAN.contains(w) && !Lexicon.ROLE_NOUNS.contains(w)
                    && !java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(a.article().text()).find()) {
                entities.set(i, person(a, f, e.lastToken()));
                people.add(entities.get(i).text());
                changed = true;
            }
        }
        // "Dallas/LOCATION J./PERSON Graciano/PERSON", "Eian/JJ H. Santiago": a name that opens on a middle initial has lost its first name
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int f = e.firstToken() - 1;
            if (e.type() == EntityType.PERSON && e.firstToken() < e.lastToken() && Regex.matches(toks.get(e.firstToken()).text(), "\\p{Lu}\\.")
                    && f >= 0 && toks.get(f).sentence() == e.sentence() && firstName(a, toks.get(f))
                    && (f == 0 || toks.get(f - 1).sentence() != e.sentence() || !Character.isUpperCase(toks.get(f - 1).text().codePointAt(0)))) {
                entities.set(i, person(a, f, e.lastToken()));
                people.add(entities.get(i).text());
                changed = true;
            }
        }
        // "Phoenix/PERSON O/PERSON '/POS Dell": a surname with an apostrophe after its first letter, split by the tokenizer
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            int q = e.lastToken() + 1;
            if (e.type() == EntityType.PERSON && e.firstToken() < e.lastToken() && Regex.matches(toks.get(e.lastToken()).text(), "O|D")
                    && q + 1 < toks.size() && toks.get(q + 1).sentence() == e.sentence() && Regex.matches(toks.get(q).text(), "['’]")
                    && Regex.matches(toks.get(q + 1).text(), "\\p{Lu}\\p{Ll}+")) {
                entities.set(i, person(a, e.firstToken(), q + 1));
                people.add(entities.get(i).text());
                changed = true;
            }
        }
        // "Dillon and Raheam Jackson", "Brandy, Isaiah and Wayne Rusher": first names before the one full name share its surname
        Set<String> surnames = new HashSet<>();
        for (EntityMention e : entities) if (e.type() == EntityType.PERSON && e.firstToken() < e.lastToken()) surnames.add(toks.get(e.lastToken()).text());
        for (int i = 0; i < entities.size(); i++) {
            EntityMention full = entities.get(i);
            if (full.type() != EntityType.PERSON || full.lastToken() != full.firstToken() + 1) continue;
            String surname = toks.get(full.lastToken()).text();
            int k = full.firstToken() - 1;
            while (k >= 1 && toks.get(k).sentence() == full.sentence() && Regex.matches(toks.get(k).lower(), "and|,")) {
                int at = k - 1;
                var lone = entities.stream().filter(x -> x.type() == EntityType.PERSON && x.firstToken() == at && x.lastToken() == at).findFirst();
                String first = toks.get(at).text();
                // a lone surname of someone else ("Jones and Mary Smith") is no first name
                if (lone.isEmpty() || !Regex.matches(first, "\\p{Lu}\\p{Ll}+") || surnames.contains(first)) break;
                EntityMention l = lone.get();
                entities.set(entities.indexOf(l), new EntityMention(first + " " + surname, EntityType.PERSON, l.sentence(), at, at, l.begin(), l.end()));
                changed = true;
                k = at - 1;
                if (k >= 0 && toks.get(k).text().equals(",") && k + 1 < toks.size() && toks.get(k + 1).lower().equals("and")) k--;
            }
        }
        // the same full name elsewhere, untagged or tagged as an organisation, is that person too
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.ORGANIZATION && people.contains(e.text())) {
                entities.set(i, person(a, e.firstToken(), e.lastToken()));
                changed = true;
            }
        }
        for (int[] run : untagged) {
            EntityMention p = person(a, run[0], run[1]);
            if (people.contains(p.text()) && entities.stream().noneMatch(e -> e.firstToken() == run[0])) {
                entities.add(p);
                changed = true;
            }
        }
        if (!changed) return a;
        entities.sort(java.util.Comparator.comparingInt(EntityMention::firstToken));
        return new AnnotatedArticle(a.article(), a.sentences(), a.tokens(), entities, a.times(), a.numbers(), a.quotes());
    }

    /** A capitalised word that can be a first name: no title, role or person noun, no month or day, never written in lower case. */
    private static boolean firstName(AnnotatedArticle a, Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return Regex.matches(t.text(), "\\p{Lu}\\p{Ll}+") && !VictimCountRule.HUMAN.contains(w) && !Lexicon.ROLE_NOUNS.contains(w)
                && !Lexicon.PERPETRATOR.contains(w) && !"DATE".equals(t.ner()) && !"TIME".equals(t.ner())
                && !Regex.matches(w, "the|a|an|and|of|in|on|at|by|for|to|with|from|said|says|police|officers?|victims?|mr|mrs|ms|dr|rev|sgt|det|lt|capt|cpl")
                && !java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(a.article().text()).find();
    }

    /** Honorifics and a page's buttons before a name: "Pastor Vernon G.", "Saint Marys", "Share Achassity M.". */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("pastor", "saint", "prince", "princess", "bishop", "reverend", "elder",
            "deacon", "apostle", "minister", "share", "embed", "advertisement", "photo", "video", "watch", "read", "gallery", "related");

    /** An untagged capitalised proper noun at f, inside its sentence and not opening it, that can be a first name. */
    private static boolean leftOutFirstName(AnnotatedArticle a, List<Token> toks, int f, int sentence) {
        Token t = toks.get(f);
        return f >= 1 && t.sentence() == sentence && toks.get(f - 1).sentence() == sentence && "O".equals(t.ner())
                && t.pos().startsWith("NNP") && firstName(a, t);
    }

    private static final java.util.regex.Pattern SHOT_AFTER = java.util.regex.Pattern.compile(
            "^(was|were) ((fatally|critically|seriously|also) )?(shot|killed|wounded|injured|pronounced dead)\\b.*|^died\\b.*");

    /**
     * Two or three capitalised proper nouns where only a person fits: "identified as Alice/ORGANIZATION Terry",
     * "Ireshia/ORGANIZATION Parks was shot".
     */
    static boolean inPersonSlot(List<Token> toks, int first, int last) {
        return inPersonSlot(toks, first, last, true);
    }

    private static boolean inPersonSlot(List<Token> toks, int first, int last, boolean proper) {
        if (proper && !properNouns(toks, first, last)) return false;
        int b = first - 1;
        while (b >= 0 && toks.get(b).sentence() == toks.get(first).sentence() && Regex.matches(toks.get(b).text(), "\\d{1,3}|-|year|old|\\d{1,3}-year-old")) b--;
        boolean identified = b >= 1 && toks.get(b).lower().equals("as") && identifiedBefore(toks, b)
                // "the victim is 16-year-old Hunter/ORGANIZATION H.", "his name was Gregory H."
                || b >= 1 && Regex.matches(toks.get(b).lower(), "is|was") && Regex.matches(toks.get(b - 1).lower(), "victim|name");
        // "the Portland Press Herald died", "four U.S. Marines were killed", "of Battle Creek were killed": no person's name
        if (first > 0 && (Regex.matches(toks.get(first - 1).lower(), "the|a|an|of|for|in|at|from|by|with|to") || toks.get(first - 1).pos().equals("CD"))) return false;
        StringBuilder after = new StringBuilder();
        for (int k = last + 1; k < toks.size() && k <= last + 5 && toks.get(k).sentence() == toks.get(last).sentence(); k++) after.append(toks.get(k).lower()).append(' ');
        return identified || SHOT_AFTER.matcher(after).matches();
    }

    /** "identified the victim in the Feb. 16 shooting as": the verb a short way before "as", in its sentence. */
    private static boolean identifiedBefore(List<Token> toks, int as) {
        for (int k = as - 1; k >= 0 && k >= as - 18 && toks.get(k).sentence() == toks.get(as).sentence(); k--) {
            if (Regex.matches(toks.get(k).lower(), "identif(y|ies|ied|ying)")) return true;
        }
        return false;
    }

    private static boolean properNouns(List<Token> toks, int first, int last) {
        int n = last - first + 1;
        if (n < 2 || n > 3) return false;
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = toks.get(k);
            if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.text().codePointAt(0)) || k > first && personNoun(t)) return false;
            name.append(t.text()).append(' ');
        }
        return PersonNames.plausible(name.toString());
    }

    /** Two or three capitalised proper nouns followed by ", 22," / ", 22 and" / ", 22;" in one sentence. */
    static boolean aged(List<Token> toks, int first, int last) {
        int n = last - first + 1;
        if (n < 2 || n > 3 || last + 3 > toks.size()) return false;
        for (int k = first; k <= last; k++) {
            Token t = toks.get(k);
            if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.text().codePointAt(0)) || k > first && personNoun(t)) return false;
        }
        if (toks.get(first).sentence() != toks.get(last).sentence() || !agedFrom(toks, last)) return false;
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) name.append(toks.get(k).text()).append(' ');
        return PersonNames.plausible(name.toString());
    }

    /**
     * Two or three capitalised proper nouns right after an age ("39-year-old Lloyd/ORGANIZATION Williams", "24 year - old
     * Zachary/ORGANIZATION Cotton with a gunshot wound") and before no noun ("a 37-year-old Shelton man" is a town).
     */
    static boolean agedBefore(List<Token> toks, int first, int last) {
        return properNouns(toks, first, last) && ageBefore(toks, first, last);
    }

    /** An age right before first ("19-year-old", "24 year old") and no noun after last. */
    private static boolean ageBefore(List<Token> toks, int first, int last) {
        if (first < 1) return false;
        int sentence = toks.get(first).sentence();
        StringBuilder before = new StringBuilder();
        for (int k = Math.max(0, first - 5); k < first; k++) if (toks.get(k).sentence() == sentence) before.append(toks.get(k).lower()).append(' ');
        if (!Regex.matches(before.toString().replace(" - ", "-"), ".*\\b\\d{1,3}[ -](year|month|week)s?[ -]old $")) return false;
        if (last + 1 >= toks.size() || toks.get(last + 1).sentence() != sentence) return true;
        Token next = toks.get(last + 1);
        return !next.pos().startsWith("NN") && !next.pos().equals("POS");
    }

    /**
     * A person or role noun in a headline's capitals ("8-Year-Old Camden Girl, 8,", "Old Man Bill"): no part of a name but as
     * its first word, which may be a first name ("Hunter Harbin").
     */
    private static boolean personNoun(Token t) {
        return VictimCountRule.HUMAN.contains(t.lower()) || Lexicon.ROLE_NOUNS.contains(t.lower());
    }

    /**
     * Two or three capitalised proper nouns right after a relative ("her child, Truth/ORGANIZATION Turner", "her 24 year old
     * granddaughter Keyon/ORGANIZATION Branch") and before no noun.
     */
    static boolean relativeBefore(List<Token> toks, int first, int last) {
        if (!properNouns(toks, first, last) || first < 2) return false;
        int sentence = toks.get(first).sentence();
        int r = toks.get(first - 1).text().equals(",") ? first - 2 : first - 1;
        if (r < 1 || toks.get(r).sentence() != sentence || !VictimCountRule.HUMAN.contains(toks.get(r).lower())
                || Lexicon.PERPETRATOR.contains(toks.get(r).lower())) return false;
        int b = r - 1;
        while (b >= 0 && toks.get(b).sentence() == sentence && b > r - 7
                && (Regex.matches(toks.get(b).lower(), "\\d{1,3}|-|year|years|old|month|\\d{1,3}-(year|month)-old") || Regex.matches(toks.get(b).pos(), "JJ|CD"))) b--;
        // "A 20-year-old woman, Emoni/ORGANIZATION House;": an article too, when a comma sets the name apart
        boolean apposition = toks.get(first - 1).text().equals(",") && Regex.matches(toks.get(b).lower(), "a|an|the");
        if (b < 0 || toks.get(b).sentence() != sentence || !Regex.matches(toks.get(b).lower(), "his|her|their|'s|’s") && !apposition) return false;
        if (last + 1 >= toks.size() || toks.get(last + 1).sentence() != sentence) return true;
        Token next = toks.get(last + 1);
        return !next.pos().startsWith("NN") && !next.pos().equals("POS");
    }

    /** ", 14," / ", 14 and" / ", 14;" right after the surname at last, in its sentence. */
    private static boolean agedFrom(List<Token> toks, int last) {
        if (last + 3 > toks.size()) return false;
        Token comma = toks.get(last + 1), age = toks.get(last + 2);
        if (!comma.text().equals(",") || !Regex.matches(age.text(), "\\d{1,3}") || Integer.parseInt(age.text()) > 110) return false;
        if (age.sentence() != toks.get(last).sentence()) return false;
        String after = last + 3 < toks.size() && toks.get(last + 3).sentence() == age.sentence() ? toks.get(last + 3).text() : ".";
        return Set.of(",", ";", ".", "and").contains(after);
    }

    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");

    /** The last token of the surname after a quoted nickname ('"Zay" Solomon'), or -1. */
    private static int nicknameEnd(List<Token> toks, int nameEnd) {
        int open = nameEnd + 1;
        if (open + 3 >= toks.size() || !QUOTES.contains(toks.get(open).text())) return -1;
        int close = open + 2;
        while (close <= open + 3 && !QUOTES.contains(toks.get(close).text())) close++;
        if (close > open + 3 || close + 1 >= toks.size()) return -1;
        int last = close;
        while (last + 1 < toks.size() && last < close + 2 && toks.get(last + 1).pos().startsWith("NNP")
                && Character.isUpperCase(toks.get(last + 1).text().codePointAt(0))) last++;
        int sentence = toks.get(nameEnd).sentence();
        for (int k = open + 1; k < close; k++) if (!Character.isUpperCase(toks.get(k).text().codePointAt(0))) return -1;
        return last > close && toks.get(last).sentence() == sentence ? last : -1;
    }

    /** Maximal runs of proper nouns the tagger left untagged, within a sentence. */
    private static List<int[]> untaggedRuns(List<Token> toks) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= toks.size(); k++) {
            Token t = k < toks.size() ? toks.get(k) : null;
            boolean in = t != null && t.pos().startsWith("NNP") && "O".equals(t.ner())
                    && (start < 0 || toks.get(start).sentence() == t.sentence());
            if (in && start < 0) start = k;
            if (!in && start >= 0) {
                runs.add(new int[] {start, k - 1});
                start = t != null && t.pos().startsWith("NNP") && "O".equals(t.ner()) ? k : -1;
            }
        }
        return runs;
    }

    private static EntityMention person(AnnotatedArticle a, int first, int last) {
        Token f = a.tokens().get(first), l = a.tokens().get(last);
        return new EntityMention(a.article().text().substring(f.begin(), l.end()), EntityType.PERSON, f.sentence(), first, last, f.begin(), l.end());
    }
}
