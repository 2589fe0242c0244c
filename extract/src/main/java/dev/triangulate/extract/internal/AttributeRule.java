package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;

/**
 * Attributes of people: age and role from appositions ("Karlov, 62,", "Anna Vell, the police
 * chief,"), titles ("police chief Anna Vell", "Russia's Ambassador to Turkey, Andrey G. Karlov"),
 * copulas ("The gunman was a 22-year-old off-duty police officer") and "N-year-old" phrases.
 * Runs over the whole article before the other rules so that "the ambassador" can be resolved.
 */
final class AttributeRule implements ClaimRule {

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        for (EntityMention p : v.entities) {
            if (p.type() != EntityType.PERSON) continue;
            String name = FateRule.clean(p);
            appositionAfter(v, ctx, p, name);
            titleBefore(v, ctx, p, name);
        }
        for (int i = v.first; i <= v.last(); i++) {
            String w = v.lower(i);
            if (Regex.matches(w, "\\d{1,3}-year-old")) age(v, ctx, i, w.substring(0, w.indexOf('-')));
            else if (Regex.matches(w, "\\d{1,3}") && v.lower(i + 1).equals("-") && v.lower(i + 2).equals("year")) {
                age(v, ctx, i, w);
            }
            if (Lexicon.PERPETRATOR.contains(v.lemma(i)) && v.at(i).isNoun()) copula(v, ctx, i);
        }
    }

    /** "Karlov, 62," / "Anna Vell, 52, the city's police chief," / "Leonid Slutsky, a senior parliamentarian," */
    private void appositionAfter(SentenceView v, ArticleContext ctx, EntityMention p, String name) {
        int k = p.lastToken() + 1;
        if (!v.lower(k).equals(",") && !v.lower(k).equals("-lrb-") && !v.lower(k).equals("(")) return;
        k++;
        if (v.at(k) != null && v.at(k).pos().equals("CD") && Regex.matches(v.lower(k), "\\d{1,3}")
                && Set1.END.contains(v.lower(k + 1))) {
            ctx.add(v, name, Slot.AGE, v.lower(k), Qualifier.EXACT, v.evidence(p.firstToken(), k));
            k += 2;
        }
        Phrases.Span np = Phrases.after(v, k);
        if (np == null || v.entityAt(np.start()).map(e -> e.type() == EntityType.PERSON).orElse(false)) return;
        // extend over "to Turkey" / "of the company"
        int end = np.end();
        if ((v.lower(end + 1).equals("to") || v.lower(end + 1).equals("of")) && Phrases.after(v, end + 2) != null) {
            end = Phrases.after(v, end + 2).end();
        }
        if (!Set1.END.contains(v.lower(end + 1))) return;
        boolean article = v.at(np.start()).pos().equals("DT") || v.at(np.start()).pos().equals("PRP$");
        role(v, ctx, name, np, new Phrases.Span(np.start(), end), p.firstToken(), article);
    }

    /** "police chief Anna Vell", "Foreign Ministry spokeswoman Maria Zakharova", "Russia's Ambassador to Turkey, Andrey G. Karlov" */
    private void titleBefore(SentenceView v, ArticleContext ctx, EntityMention p, String name) {
        int k = p.firstToken() - 1;
        if (v.at(k) == null) return;
        if (v.lower(k).equals(",")) {
            k--;
            // skip "to Turkey"
            int j = k;
            while (v.at(j) != null && j > k - 4 && !v.lower(j).equals("to") && !v.lower(j).equals("of")) j--;
            if (v.at(j) != null && (v.lower(j).equals("to") || v.lower(j).equals("of"))) {
                Phrases.Span head = Phrases.before(v, j);
                if (head != null && isRoleHead(v, head.end())) {
                    role(v, ctx, name, head, new Phrases.Span(head.start(), k), head.start());
                    return;
                }
            }
            Phrases.Span np = Phrases.before(v, k + 1);
            if (np != null && isRoleHead(v, np.end())) role(v, ctx, name, np, np, np.start());
            return;
        }
        if (isRoleHead(v, k)) {
            // the tagger often calls a title word an adjective ("Police/NNS chief/JJ"): walk back by hand
            int start = k;
            while (v.at(start - 1) != null && Regex.matches(v.at(start - 1).pos(), "NNP?S?|JJ|POS")
                    && !v.entityAt(start - 1).map(e -> e.type() == EntityType.PERSON).orElse(false)) start--;
            Phrases.Span np = new Phrases.Span(start, k);
            role(v, ctx, name, np, np, np.start());
        }
    }

    private static boolean isRoleHead(SentenceView v, int k) {
        return v.at(k) != null && (v.at(k).isNoun() || v.at(k).pos().startsWith("JJ"))
                && (Lexicon.ROLE_NOUNS.contains(v.lemma(k)) || Lexicon.ROLE_SYNONYMS.containsKey(v.lower(k)));
    }

    private void role(SentenceView v, ArticleContext ctx, String subject, Phrases.Span head, Phrases.Span full, int evidenceStart) {
        role(v, ctx, subject, head, full, evidenceStart, false);
    }

    private void role(SentenceView v, ArticleContext ctx, String subject, Phrases.Span head, Phrases.Span full,
                      int evidenceStart, boolean anyHead) {
        String role = Roles.normalize(v, head, anyHead);
        if (role == null) return;
        if (full.end() > head.end()) role = role + " " + v.text(head.end() + 1, full.end());
        String headLemma = v.lemma(head.end());
        if (!subject.equals(Claim.PERPETRATOR)) ctx.personByRole.putIfAbsent(headLemma, subject);
        if (Lexicon.GENERIC_PERSON.contains(headLemma)) return;
        int a = Math.min(evidenceStart, full.start());
        ctx.add(v, subject, Slot.ROLE, role, Qualifier.EXACT, v.evidence(a, Math.max(full.end(), a)));
    }

    /** "a 22-year-old off-duty police officer": attach the age to the phrase's referent. */
    private void age(SentenceView v, ArticleContext ctx, int i, String years) {
        Phrases.Span np = Phrases.after(v, i + 1);
        String subject = null;
        if (np != null) {
            subject = Subjects.resolve(v, ctx, np);
            if (subject == null) {
                var person = v.entityStartingAt(np.end() + 1, EntityType.PERSON);
                if (person.isPresent()) subject = FateRule.clean(person.get());
            }
        }
        if (subject == null) {
            // "The gunman was a 22-year-old ..." / "The gunman, a 34-year-old man,"
            int j = i - 1;
            if (v.at(j) != null && v.at(j).pos().equals("DT")) j--;
            if (v.lower(j).equals(",") || v.at(j) != null && (v.lemma(j).equals("be"))) {
                subject = Subjects.resolve(v, ctx, Phrases.before(v, j));
            }
        }
        if (subject == null) return;
        ctx.add(v, subject, Slot.AGE, years, Qualifier.EXACT, v.evidence(i, i));
    }

    /** "The gunman was a ... police officer", "The gunman, a police officer," → perpetrator role. */
    private void copula(SentenceView v, ArticleContext ctx, int i) {
        int k = i + 1;
        if (!v.lemma(k).equals("be") && !v.lower(k).equals(",")) return;
        k++;
        Phrases.Span np = Phrases.after(v, k);
        if (np == null) return;
        role(v, ctx, Claim.PERPETRATOR, np, np, i);
    }

    private static final class Set1 {
        static final java.util.Set<String> END = java.util.Set.of(",", ".", "-rrb-", ")", ";", "and", "who", "which", "whose");
    }
}
