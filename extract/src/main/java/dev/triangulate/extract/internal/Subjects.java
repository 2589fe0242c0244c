package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.Optional;
import java.util.Set;

/** Decides who a noun phrase refers to: a named person, the perpetrator, or a person known by role. */
final class Subjects {
    private Subjects() {}

    /** "he"/"she": the nearest person named before it in the sentence, else the article's last named subject. */
    static String pronoun(SentenceView v, ArticleContext ctx, int index) {
        String w = v.lower(index);
        if (!w.equals("he") && !w.equals("she") && !w.equals("him") && !w.equals("her")) return null;
        Optional<EntityMention> near = v.entities.stream().filter(e -> e.type() == EntityType.PERSON && e.lastToken() < index).reduce((a, b) -> b);
        // "his friend Grady S., also 23, had shot him": the object of a verb is not the verb's subject
        if ((w.equals("him") || w.equals("her")) && near.isPresent() && subjectOf(v, near.get().lastToken() + 1, index)) return null;
        // "Sgt. Chris S. tells reporters that it was unclear whether the boy lived at the house where he was shot": a person
        // described after the name is nearer the pronoun than the name
        if (near.isPresent() && describedBetween(v, near.get().lastToken() + 1, index, "the|a|an|another")) return null;
        // "At 2:34 a.m., a 24-year-old woman showed up ... and told witnesses she was shot": a person the sentence introduces,
        // not the last one named before it
        if (near.isEmpty() && describedBetween(v, v.first, index, "a|an|another")) return null;
        // "the spot where the gunman killed three officers before authorities killed him": the gunman is nearer
        if (perpetratorBetween(v, near.map(e -> e.lastToken() + 1).orElse(v.first), index)) return null;
        // "Mason F. said he ran to his brother's side when he heard he had been shot": the brother is nearer
        if (near.isPresent() && relativeBetween(v, near.get().lastToken() + 1, index, w)) return null;
        String person = near.map(e -> e.text().replaceAll("['’]s$", "")).orElse(ctx.lastPerson);
        if (person == null) return null;
        // "said Detective Stark ... She later died": not the official who tells, nor a person of the other sex
        for (var e : ctx.personByRole.entrySet()) if (e.getValue().equals(person) && Lexicon.REPORTING_ROLES.contains(e.getKey())) return null;
        for (var c : ctx.claims) {
            if (c.slot() == dev.triangulate.model.Slot.ROLE && c.subject().equals(person) && Lexicon.isReportingRole(c.value())) return null;
        }
        // "He was shot more than once, Rooks said" after "said Jontavious D., who lives nearby": a witness or relative
        // who tells the story is not who "he" was; a victim who speaks is named again when it matters
        if (speaker(ctx, person)) return null;
        return Gender.agrees(w, Gender.of(person, ctx.genders())) ? person : null;
    }

    /** Nouns of a person of one sex, relatives among them. */
    private static final Set<String> MALE_NOUNS = Set.of("man", "boy", "father", "son", "brother", "husband",
            "boyfriend", "grandfather", "uncle", "nephew", "stepfather", "stepson", "stepbrother", "grandson", "fiance");
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "girl", "mother", "daughter", "sister", "wife",
            "girlfriend", "grandmother", "aunt", "niece", "stepmother", "stepdaughter", "stepsister", "granddaughter", "fiancee");

    /**
     * Whether a person the pronoun may refer to is described ("the boy", "a 23-year-old man") with one of the
     * determiners between token k (right after a name, or the sentence's start) and the pronoun; not the name's own
     * description ("Kevin a friend", "Barbee, also a sophomore"), nor a person of the other sex ("Zanyrah T. was
     * sitting with an uncle when she was shot").
     */
    private static boolean describedBetween(SentenceView v, int k, int pronoun, String determiners) {
        boolean male = Regex.matches(v.lower(pronoun), "he|him");
        for (int i = k; i < pronoun; i++) {
            if (!Regex.matches(v.lower(i), determiners)) continue;
            boolean own = true;
            for (int m = k; m < i; m++) own &= Regex.matches(v.lower(m), ",|also|both") || v.at(m).pos().startsWith("RB");
            if (own && k > v.first) continue;
            // "a 23-year-old man": the tokenizer may split the age into five tokens
            for (int j = i + 1; j <= i + 7 && j < pronoun; j++) {
                String w = v.lower(j);
                if (v.at(j).pos().startsWith("NN") && VictimCountRule.HUMAN.contains(w)) {
                    if (!(male ? FEMALE_NOUNS : MALE_NOUNS).contains(w)) return true;
                    break;
                }
                if (Regex.matches(w, "[,.;:]") || v.at(j).pos().startsWith("NN") && !Regex.matches(w, "years?|months?|old")) break;
            }
        }
        return false;
    }

    /** A gunman or suspect named by a noun between k and the pronoun, not in apposition to the name before ("X, the suspect,"). */
    private static boolean perpetratorBetween(SentenceView v, int k, int pronoun) {
        for (int i = k; i < pronoun; i++) {
            if (!v.at(i).isNoun() || !Lexicon.PERPETRATOR.contains(v.lower(i))) continue;
            boolean apposition = i > v.first && (v.lower(i - 1).equals(",") && i - 1 == k
                    || Regex.matches(v.lower(i - 1), "the|a|an") && i - 2 == k && v.lower(k).equals(","));
            if (!apposition) return true;
        }
        return false;
    }

    /** "his brother", "her young son" between k and the pronoun, of the pronoun's gender: a nearer antecedent than the name. */
    private static boolean relativeBetween(SentenceView v, int k, int pronoun, String w) {
        Set<String> nouns = w.equals("he") || w.equals("him") ? MALE_NOUNS : FEMALE_NOUNS;
        for (int i = k; i < pronoun; i++) {
            if (!Regex.matches(v.lower(i), "his|her|their")) continue;
            int r = i + 1;
            while (r < pronoun && v.at(r).pos().startsWith("JJ")) r++;
            String noun = r < pronoun ? v.lower(r).replaceAll("['’]s$", "") : "";
            if (nouns.contains(noun) || noun.equals("cousin")) return true;
        }
        return false;
    }

    /** Whether the tokens from k up to the pronoun are only an age, adverbs or auxiliaries and one verb: "X, 16, (had) shot him". */
    private static boolean subjectOf(SentenceView v, int k, int pronoun) {
        int verbs = 0;
        for (int i = k; i < pronoun; i++) {
            var t = v.at(i);
            if (t.isVerb() && !Lexicon.AUX.contains(v.lower(i))) verbs++;
            else if (!(v.lower(i).equals(",") || t.pos().equals("CD") || t.pos().startsWith("RB") || Lexicon.AUX.contains(v.lower(i)))) return false;
        }
        // "William P., 16, killing him": a participle after a comma is said of the sentence's subject, not of the name
        return verbs == 1 && v.at(pronoun - 1).isVerb() && !v.at(pronoun - 1).pos().equals("VBG");
    }

    private static boolean speaker(ArticleContext ctx, String person) {
        String p = java.util.regex.Pattern.quote(person);
        // "X tells", "X, the boy's mother, said", "said neighbor X" (not "said X's aunt")
        return java.util.regex.Pattern.compile("\\b" + p + "(,(?!\\s*\\d)[^,.\"“”]{1,60},)?\\s+(said|says|told|tells|added|recalled|explained|testified)\\b"
                + "|\\b(said|says)\\s+([a-z]+\\s+){0,2}" + p + "\\b(?!['’])").matcher(ctx.article.article().text()).find();
    }

    /** Whether the name is the possessor of a noun later in the span ("Joshua C.'s brother"). */
    private static boolean possessor(SentenceView v, EntityMention e, Phrases.Span span) {
        int last = e.lastToken();
        boolean possessive = e.text().matches(".*['’]s?$") || v.at(last + 1) != null && v.at(last + 1).pos().equals("POS");
        int head = span.end();
        return possessive && head > last + (e.text().matches(".*['’]s?$") ? 0 : 1) && v.at(head).isNoun() && !v.at(head).pos().startsWith("NNP");
    }

    /** The subject a span refers to, or null when it names no participant. */
    static String resolve(SentenceView v, ArticleContext ctx, Phrases.Span span) {
        if (span == null) return null;
        Optional<EntityMention> person = v.entities.stream()
                .filter(e -> e.type() == EntityType.PERSON && e.lastToken() >= span.start() && e.firstToken() <= span.end())
                // "an 18-year-old Adelanto resident": a name modifying a noun is a town or a family, not the person
                .filter(e -> e.lastToken() >= span.end() || !Regex.matches(v.at(e.lastToken() + 1).pos(), "NNS?"))
                // "Veron B. of Maple/PERSON Heights", "the mother of Jane R.": a name after "of" is a home town or a relative's
                .filter(e -> e.firstToken() <= span.start() || !v.lower(e.firstToken() - 1).equals("of"))
                // "Joshua C.'s brother said", "Amiracle's father was wounded", "Green's stepchildren were shot to death":
                // the possessor is not the head
                .filter(e -> !possessor(v, e, span))
                .reduce((a, b) -> b);
        if (person.isPresent()) return person.get().text().replaceAll("['’]s$", "");
        String head = Phrases.head(v, span);
        if (v.at(span.end()).pos().equals("PRP")) return pronoun(v, ctx, span.end());
        if (Lexicon.PERPETRATOR.contains(head)) return Claim.PERPETRATOR;
        String known = ctx.personByRole.get(head);
        if (known != null) return known;
        if (head.equals("diplomat") || head.equals("envoy")) return ctx.personByRole.get("ambassador");
        if (head.equals("victim")) return Claim.VICTIM;
        return null;
    }
}
