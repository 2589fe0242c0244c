package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.PersonNames;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.List;

/**
 * The people an article plainly names as the gunman or suspect: "suspected gunman Ali S.", "the
 * shooter, identified as Anthony G.", "the suspect was identified as Robert D.", "police identified
 * the suspect as Rick S.", "Paul K., the suspect". Each becomes the incident's perpetrator, so that
 * reconciliation keeps the name out of the victims of every report: another report may only say
 * that he died ("including Syed, who took his own life"), and a dead gunman is no victim. Only
 * these appositions count, not the weaker signs the article's own victim filter also uses (an
 * active shooting verb, an arrest), which take a victim for a shooter too often to act across
 * reports.
 */
final class NamedSuspects {
    private NamedSuspects() {}

    /** Adds an incident perpetrator claim for each full name the segment's sentences call the gunman or suspect. */
    static void claim(List<SentenceView> views, ArticleContext ctx) {
        for (SentenceView v : views) {
            for (EntityMention e : v.entities) {
                if (e.type() != EntityType.PERSON) continue;
                String name = PersonNames.trim(e.text().replaceAll("['’]s$", ""));
                if (!name.contains(" ") || !PersonNames.plausible(name) || !named(v, e) && !firedInApposition(v, e)) continue;
                boolean known = ctx.claims.stream().anyMatch(c -> c.subject().equals(Claim.INCIDENT)
                        && c.slot() == Slot.PERPETRATOR && c.value().equals(name));
                if (!known) ctx.add(v, Claim.INCIDENT, Slot.PERPETRATOR, name, Qualifier.EXACT, v.evidence(e.firstToken(), e.lastToken()));
            }
        }
    }

    /** The name is in apposition to a perpetrator noun, before or after it, or what that noun is identified as. */
    static boolean named(SentenceView v, EntityMention e) {
        // "identified as 20-year-old Ali S."
        int b = beforeAge(v, e.firstToken() - 1);
        if (v.lower(b).equals(",")) b--;
        if (perpetrator(v, b)) return true; // "gunman Ali S.", "the suspect, Paul K."
        // "Officials identify suspects as Syed F., 28, and Tashfeen M.": a later name of the list after "as"
        for (int k = b; k > b - 30 && v.at(k) != null; k--) {
            if (v.lower(k).equals("as")) { b = k; break; }
            if (!Regex.matches(v.lower(k), ",|and|-|year|old|\\d{1,3}") && !v.at(k).ner().equals("PERSON")) break;
        }
        if (v.lower(b).equals("as")) {
            // "The shooter was identified by police as": back over the agent
            int by = b - 1;
            while (by > b - 5 && v.at(by) != null && !v.lower(by).equals("by")) by--;
            if (v.lower(by).equals("by") && v.lower(by - 1).equals("identified")) b = by;
            // "the suspect was identified as", "the shooter, who has been identified as"
            if (v.lower(b - 1).equals("identified")) {
                // "The suspect killed in the shootout has been identified as": back over the phrase, not past a victim
                for (int k = b - 2; k >= b - 12 && v.at(k) != null && !Regex.matches(v.lower(k), "victims?|;"); k--) {
                    if (perpetrator(v, k)) return true;
                }
                return false;
            }
            // "identified the suspect as", "identified the alleged shooter as", "Officials identify suspects as"
            for (int k = b - 1; k >= b - 4 && v.at(k) != null; k--) {
                if (v.lemma(k).equals("identify")) return k < b - 1 && java.util.stream.IntStream.range(k + 1, b).anyMatch(j -> perpetrator(v, j));
            }
            return false;
        }
        // "Paul K., the suspect," / "Paul K., a suspect in the shooting"
        int a = e.lastToken() + 1;
        if (!v.lower(a).equals(",")) return false;
        a++;
        if (!Regex.matches(v.lower(a), "the|a|an")) return false;
        a++;
        if (v.at(a) != null && v.at(a).pos().startsWith("JJ")) a++;
        // "Elliot R., the man named as a suspect by police"
        if (Regex.matches(v.lower(a), "man|woman|person") && Regex.matches(v.lower(a + 1), "named|identified|described") && v.lower(a + 2).equals("as")
                && Regex.matches(v.lower(a + 3), "the|a|an")) a += 4;
        return perpetrator(v, a);
    }

    /** Acts of firing at someone. */
    private static final java.util.Set<String> SHOOTING = java.util.Set.of("shoot", "kill", "murder", "stab", "wound");

    /**
     * A name set off in apposition and then the act of firing at someone: "the woman, identified as Erin A., killed her
     * baby", "A 23-year-old man, identified as Curtis P., shot and wounded five people", "her stepfather, 45-year-old
     * Tran T. V., shot and killed her". Not "shot himself", nor "X, 23, shot in the leg".
     */
    static boolean firedInApposition(SentenceView v, EntityMention e) {
        int b = beforeAge(v, e.firstToken() - 1);
        if (!v.lower(b).equals(",") && !(v.lower(b).equals("as") && v.lemma(b - 1).equals("identify"))) return false;
        int a = e.lastToken() + 1;
        if (v.lower(a).equals(",") && v.at(a + 1) != null && v.at(a + 1).pos().equals("CD") && v.lower(a + 2).equals(",")) a += 2; // ", 23,"
        if (!v.lower(a).equals(",") || v.at(a + 1) == null) return false;
        a++;
        // the tagger may read "shot" as a noun ("Tran V., shot/NN and killed her")
        if (!(Regex.matches(v.at(a).pos(), "VBD|VBN|VBZ") && SHOOTING.contains(v.lemma(a)) || v.lower(a).equals("shot"))) return false;
        int o = a + 1;
        if (v.lower(o).equals("and") && v.at(o + 1) != null && SHOOTING.contains(v.lemma(o + 1))) o += 2; // "shot and killed"
        var object = v.at(o);
        return object != null && (Regex.matches(object.pos(), "PRP\\$|DT|CD") || object.pos().equals("PRP") && !Regex.matches(v.lower(o), "himself|herself|themselves"));
    }

    /** A perpetrator noun, not a possessor ("the suspect's mother"). */
    private static boolean perpetrator(SentenceView v, int i) {
        if (v.at(i) == null || Regex.matches(v.lower(i + 1), "['’]s?")) return false;
        String w = v.lower(i);
        String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w; // "suspects"
        return Lexicon.PERPETRATOR.contains(w) || Lexicon.PERPETRATOR.contains(one) || INTRUDERS.contains(one);
    }

    /** Whom a resident shoots in self-defence: "A second suspected intruder, Jessie K., 23, died"; the record lists him as a suspect. */
    private static final java.util.Set<String> INTRUDERS = java.util.Set.of("intruder", "burglar", "robber", "carjacker");

    /** The token before a split age ending at b ("20 - year - old"), else b. */
    private static int beforeAge(SentenceView v, int b) {
        return v.lower(b).equals("old") && v.lower(b - 2).equals("year") && v.at(b - 4) != null && v.at(b - 4).pos().equals("CD") ? b - 5 : b;
    }
}
